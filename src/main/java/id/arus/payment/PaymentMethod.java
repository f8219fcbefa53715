package id.arus.payment;

/** MIDTRANS and TRIPAY are gateways; CASH and BANK_TRANSFER are recorded by FINANCE. */
public enum PaymentMethod {
    MIDTRANS, TRIPAY, CASH, BANK_TRANSFER;

    public boolean gateway() {
        return this == MIDTRANS || this == TRIPAY;
    }
}
