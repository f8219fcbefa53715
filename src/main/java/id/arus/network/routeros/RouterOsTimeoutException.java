package id.arus.network.routeros;

/** A command (or the login) got no {@code !done} within the reply timeout; the command was cancelled. */
public class RouterOsTimeoutException extends RouterOsException {

    public RouterOsTimeoutException(String message) {
        super(message);
    }

    @Override
    public boolean unreachable() {
        return true;
    }
}
