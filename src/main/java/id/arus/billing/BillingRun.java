package id.arus.billing;

import id.arus.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One billing run: the invoices of every subscription whose period starts on {@code periodStart}.
 *
 * @param due     subscriptions found due
 * @param issued  invoices issued by this run
 * @param skipped subscriptions already invoiced for the period (by an earlier or crashed run)
 * @param failed  subscriptions that could not be invoiced (each logged with its reason)
 */
public record BillingRun(long id, LocalDate periodStart, String trigger, String startedBy, Instant startedAt,
                         Instant finishedAt, BillingRunStatus status, int due, int issued, int skipped, int failed,
                         Money total, String error) {
}
