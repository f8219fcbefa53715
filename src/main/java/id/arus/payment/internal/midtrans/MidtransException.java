package id.arus.payment.internal.midtrans;

/**
 * Midtrans refused a call or could not be reached. {@link #messageKey()} names the text in the {@code midtrans}
 * bundle that tells a user what happened; the message itself is for the log and the operator (no secrets).
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
    private final int statusCode;

    MidtransException(Reason reason, String message) {
        this(reason, 0, message, null);
    }

    MidtransException(Reason reason, int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.statusCode = statusCode;
    }

    public Reason reason() {
        return reason;
    }

    /** Midtrans's status code, 0 when there was no answer. */
    public int statusCode() {
        return statusCode;
    }

    public String messageKey() {
        return "midtrans.error." + reason.name().toLowerCase().replace('_', '-');
    }
}
