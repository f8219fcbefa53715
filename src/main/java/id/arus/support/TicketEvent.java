package id.arus.support;

import java.time.Instant;

/**
 * One step of a ticket's history.
 *
 * @param kind   {@code opened}, {@code assigned}, {@code status}, {@code reopened}
 * @param detail e.g. the new status or assignee
 */
public record TicketEvent(String actor, String kind, String detail, Instant createdAt) {
}
