package id.arus.network.routeros;

/**
 * The bytes from the router do not follow the API protocol (a reserved length byte, a word larger than
 * the client accepts, a stream ending inside a word). The connection is closed, since nothing after a
 * framing error can be trusted.
 */
public class RouterOsProtocolException extends RouterOsException {

    public RouterOsProtocolException(String message) {
        super(message);
    }
}
