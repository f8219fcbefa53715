package id.arus.support;

import java.time.Instant;

/**
 * A support ticket.
 *
 * @param number             {@code TCK-2026-000001}
 * @param customerUsername   the customer's portal account (who may read it), or null when they have none
 * @param subscriptionNumber the service it is about, or null
 * @param assignee           the staff user working on it, or null
 * @param dueAt              when it was opened plus its priority's SLA
 * @param finishedAt         when it was last resolved or closed, else null
 */
public record Ticket(long id, String number, String customerCode, String customerUsername, String subscriptionNumber,
                     String subject, TicketCategory category, TicketPriority priority, TicketStatus status,
                     String assignee, Instant dueAt, String openedBy, Instant createdAt, Instant updatedAt,
                     Instant finishedAt) {

    /** Still active and past its due time. */
    public boolean overdueAt(Instant now) {
        return status.active() && dueAt.isBefore(now);
    }
}
