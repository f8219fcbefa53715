package id.arus.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * An invoice to issue by hand (FINANCE) or from a process (installation, pro-rata). Tax and totals are
 * computed on issue from the lines and the operator's tax settings; positions are renumbered.
 *
 * @param dueDate null for the default: the issue date plus {@code arus.billing.due-days}
 */
public record InvoiceDraft(String customerCode, String subscriptionNumber, InvoicePurpose purpose, LocalDate periodStart,
                           LocalDate periodEnd, LocalDate dueDate, List<InvoiceLine> lines) {

    public InvoiceDraft {
        lines = List.copyOf(lines);
    }
}
