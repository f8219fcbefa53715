package id.arus.network.routeros;

/**
 * The router sent {@code !fatal} and closed the connection (session killed, too many sessions, router
 * shutting down). Every command pending on that connection fails with this exception, carrying the
 * router's reason. A subtype of {@link RouterUnreachableException}: the next call opens a new connection.
 */
public class RouterOsFatalException extends RouterUnreachableException {

    private final String reason;

    public RouterOsFatalException(String message, String reason) {
        super(message);
        this.reason = reason;
    }

    /** The router's own text after {@code !fatal}. */
    public String reason() {
        return reason;
    }
}
