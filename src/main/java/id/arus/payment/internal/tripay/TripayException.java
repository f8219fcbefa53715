package id.arus.payment.internal.tripay;

/**
 * Tripay refused a call or could not be reached. The message is Tripay's own (e.g. "Invalid API Key",
 * "Minimum amount for this channel is ...") so staff see why; it never contains a key.
 */
public class TripayException extends RuntimeException {

    private final int httpStatus;

    TripayException(int httpStatus, String message) {
        super(message);
        this.httpStatus = httpStatus;
    }

    TripayException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = 0;
    }

    /** Tripay's HTTP status, or 0 when Tripay was not reached. */
    public int httpStatus() {
        return httpStatus;
    }
}
