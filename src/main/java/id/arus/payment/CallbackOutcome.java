package id.arus.payment;

/**
 * What Arus did with a verified callback. Every outcome is acknowledged to the gateway (it has been stored),
 * except none: a callback that could not be stored is answered with an error so the gateway retries.
 */
public enum CallbackOutcome {
    /** A payment was recorded and applied to the invoice. */
    APPLIED,
    /** A status that is not a payment (pending, expired, failed...) was recorded on the checkout. */
    RECORDED,
    /** The same gateway, order and status came before; nothing changed. */
    DUPLICATE,
    /** An older status after a newer one (pending after settlement); nothing changed. */
    STALE,
    /** Paid, but not the invoice's amount: not applied; FINANCE gets a task. */
    AMOUNT_MISMATCH,
    /** No checkout with that order id: kept, and FINANCE gets a task. */
    UNKNOWN_ORDER
}
