package id.arus.support;

import java.time.Instant;

/**
 * One entry of a ticket's thread.
 *
 * @param internal a staff note the customer never sees
 */
public record TicketMessage(long id, String author, boolean fromStaff, boolean internal, String body, Instant createdAt) {
}
