package id.arus.support;

/**
 * The staff queue's filters; null or false means "any".
 *
 * @param mine       assigned to the caller
 * @param unassigned nobody assigned
 * @param overdue    active and past due
 * @param activeOnly hide resolved and closed tickets (ignored when a status is chosen)
 * @param text       part of the number, subject or customer code
 */
public record TicketFilter(boolean mine, boolean unassigned, boolean overdue, TicketStatus status,
                           TicketPriority priority, boolean activeOnly, String text) {

    public static TicketFilter active() {
        return new TicketFilter(false, false, false, null, null, true, null);
    }
}
