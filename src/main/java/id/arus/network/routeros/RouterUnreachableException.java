package id.arus.network.routeros;

/**
 * The router could not be reached or the connection to it was lost (refused, timed out while
 * connecting, TLS handshake failed, socket closed under a running command). Transient: worth a retry
 * with backoff.
 */
public class RouterUnreachableException extends RouterOsException {

    public RouterUnreachableException(String message) {
        super(message);
    }

    public RouterUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean unreachable() {
        return true;
    }
}
