package id.arus.billing;

/** ISSUED until paid; PARTIALLY_PAID; PAID; OVERDUE after its due date while unpaid; VOID with a reason. */
public enum InvoiceStatus {
    ISSUED, PARTIALLY_PAID, PAID, OVERDUE, VOID;

    /** Whether money is still expected on it. */
    public boolean open() {
        return this == ISSUED || this == PARTIALLY_PAID || this == OVERDUE;
    }
}
