package id.arus.billing.policy;

/**
 * What {@code rules/billing/late-fees.drl} decides a late fee on: one overdue invoice. Amounts in whole rupiah.
 *
 * @param daysOverdue    days since the due date (0 on the due day, negative before it)
 * @param customerWaived the customer is exempted from late fees (e.g. by an agreement)
 * @param invoiceWaived  FINANCE waived late fees on this invoice
 */
public class LateFeeFacts {

    private final String invoiceNumber;
    private final String category;
    private final String planCode;
    private final int daysOverdue;
    private final long balance;
    private final long total;
    private final boolean customerWaived;
    private final boolean invoiceWaived;

    public LateFeeFacts(String invoiceNumber, String category, String planCode, int daysOverdue, long balance, long total,
                        boolean customerWaived, boolean invoiceWaived) {
        this.invoiceNumber = invoiceNumber;
        this.category = category;
        this.planCode = planCode == null ? "" : planCode;
        this.daysOverdue = daysOverdue;
        this.balance = balance;
        this.total = total;
        this.customerWaived = customerWaived;
        this.invoiceWaived = invoiceWaived;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    /** The customer category code: residential, business, corporate or one the operator added. */
    public String getCategory() {
        return category;
    }

    /** The plan code, or "" for an invoice without a plan. */
    public String getPlanCode() {
        return planCode;
    }

    public int getDaysOverdue() {
        return daysOverdue;
    }

    public long getBalance() {
        return balance;
    }

    public long getTotal() {
        return total;
    }

    public boolean isCustomerWaived() {
        return customerWaived;
    }

    public boolean isInvoiceWaived() {
        return invoiceWaived;
    }

    /** {@code percent} of the total, rounded half up to whole rupiah. */
    public long percentOfTotal(int percent) {
        return Math.round(total * percent / 100.0);
    }

    @Override
    public String toString() {
        return "LateFeeFacts[" + invoiceNumber + ", " + category + ", " + planCode + ", " + daysOverdue + " days, balance "
                + balance + ", total " + total + (customerWaived ? ", customer waived" : "")
                + (invoiceWaived ? ", invoice waived" : "") + "]";
    }
}
