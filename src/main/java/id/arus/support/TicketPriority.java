package id.arus.support;

/** How soon a ticket is due; the hours per priority are settings ({@code arus.support.sla.*}). */
public enum TicketPriority { LOW, NORMAL, HIGH, URGENT }
