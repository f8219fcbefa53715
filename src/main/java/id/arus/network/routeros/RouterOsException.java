package id.arus.network.routeros;

/**
 * Base of every error the RouterOS client raises. Unchecked, because callers (Camel routes, Camunda
 * delegates) translate them by type rather than handling them at each call. Messages never carry a
 * password: they name the router ({@code host:port}), the command path and the router's own text.
 */
public class RouterOsException extends RuntimeException {

    public RouterOsException(String message) {
        super(message);
    }

    public RouterOsException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True when the router could not be reached or did not answer in time, so trying again later may work;
     * false when it answered and refused.
     */
    public boolean unreachable() {
        return false;
    }
}
