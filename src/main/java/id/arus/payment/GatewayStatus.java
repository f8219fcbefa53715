package id.arus.payment;

/**
 * A gateway transaction's state in Arus's words. PAID only for Midtrans {@code settlement}, or
 * {@code capture} with fraud status {@code accept}, and Tripay {@code PAID}. A status moves forward only:
 * PENDING → PAID | FAILED | EXPIRED, PAID → REFUNDED | CHARGEBACK; anything else arriving later is stale.
 */
public enum GatewayStatus {
    PENDING, PAID, FAILED, EXPIRED, REFUNDED, CHARGEBACK;

    /** Whether a transaction in this state may move to {@code next} (false: a stale or out-of-order callback). */
    public boolean mayBecome(GatewayStatus next) {
        return switch (this) {
            case PENDING -> next != PENDING;
            case PAID -> next == REFUNDED || next == CHARGEBACK;
            case FAILED, EXPIRED -> next == PAID; // a late settlement still pays (e.g. a bank's delayed notice)
            case REFUNDED, CHARGEBACK -> false;
        };
    }
}
