package id.arus.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * An invoice to issue by hand (FINANCE) or from a process (installation, pro-rata). Tax and totals are
 * computed on issue from the lines and the operator's tax settings; positions are renumbered.
 *
 * @param dueDate      null for the default: the issue date plus {@code arus.billing.due-days}
 * @param taxInclusive whether the lines' prices already contain PPN (the plan's setting)
 * @param planCode     the subscription's plan, kept on the invoice for revenue by plan (null for none)
 * @param area         the subscription's site, kept for revenue by area (null for none)
 */
public record InvoiceDraft(String customerCode, String subscriptionNumber, InvoicePurpose purpose, LocalDate periodStart,
                           LocalDate periodEnd, LocalDate dueDate, boolean taxInclusive, String planCode, String area,
                           List<InvoiceLine> lines) {

    public InvoiceDraft {
        lines = List.copyOf(lines);
    }
}
