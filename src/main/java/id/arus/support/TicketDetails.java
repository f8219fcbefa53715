package id.arus.support;

import java.util.List;

/** A ticket with its thread and history, as the caller may see it (customers never get internal notes). */
public record TicketDetails(Ticket ticket, List<TicketMessage> messages, List<TicketEvent> history) {
}
