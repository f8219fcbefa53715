package id.arus.network.routeros;

/**
 * Thrown without touching the network while a router's circuit breaker is open: the router failed
 * several connection attempts in a row, so callers fail fast for a cool-down instead of each waiting
 * out a connect timeout. A subtype of {@link RouterUnreachableException}, so callers that retry
 * unreachable routers need no extra case.
 */
public class CircuitOpenException extends RouterUnreachableException {

    public CircuitOpenException(String message) {
        super(message);
    }
}
