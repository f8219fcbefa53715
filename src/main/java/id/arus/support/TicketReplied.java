package id.arus.support;

/** Staff replied to a customer on a ticket (not an internal note); the customer is mailed after commit. */
public record TicketReplied(String ticketNumber, long messageId) {
}
