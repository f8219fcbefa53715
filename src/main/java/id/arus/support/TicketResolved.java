package id.arus.support;

/** Staff resolved a ticket; {@code eventId} keys the customer's mail, so each resolution mails once. */
public record TicketResolved(String ticketNumber, long eventId) {
}
