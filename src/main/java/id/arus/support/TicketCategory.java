package id.arus.support;

public enum TicketCategory { CONNECTION_DOWN, SLOW, BILLING, INSTALLATION, OTHER }
