package id.arus.support;

/**
 * A ticket to open. From the portal the customer is the caller and {@code customerCode} is ignored; staff
 * name the customer.
 *
 * @param subscriptionNumber optional; must be one of the customer's services
 * @param priority           null means NORMAL
 */
public record NewTicket(String customerCode, String subscriptionNumber, String subject, TicketCategory category,
                        TicketPriority priority, String message) {
}
