package id.arus.payment.internal.midtrans;

/**
 * Midtrans refused a call or could not be reached; the {@link Reason} says what an operator does about it and
 * the message is for the log (no secrets).
 */
public class MidtransException extends RuntimeException {

    /** Why, in the terms an operator acts on. */
    public enum Reason {
        /** No server key or a bad setting: fix the configuration. */
        NOT_CONFIGURED,
        /** HTTP 401: Midtrans does not know the server key (or sandbox and production are mixed). */
        BAD_KEY,
        /** A 4xx other than 401: Midtrans rejected a parameter; its own words are in the message. */
        BAD_REQUEST,
        /** 406: the order id was used before; a new attempt needs a new order id. */
        ORDER_ID_USED,
        /** 5xx, a timeout or no connection after the route's retries: try again later. */
        UNAVAILABLE
    }

    private final Reason reason;

    MidtransException(Reason reason, String message) {
        this(reason, message, null);
    }

    MidtransException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
