package id.arus.network;

import id.arus.network.routeros.LoginRefusedException;

/**
 * A router refused or could not carry out a command. The message is the router's own words (from
 * {@code !trap}) or why it could not be reached; it never contains a password.
 */
public class RouterCommandException extends RuntimeException {

    private final long nasId;
    private final boolean unreachable;

    public RouterCommandException(long nasId, String message, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.nasId = nasId;
        this.unreachable = unreachable;
    }

    public long nasId() {
        return nasId;
    }

    /** True when the router could not be reached (worth retrying later), false when it refused the command. */
    public boolean unreachable() {
        return unreachable;
    }

    /** True when the router refused Arus's user name or password: retrying with the same ones will not help. */
    public boolean loginRefused() {
        return getCause() instanceof LoginRefusedException;
    }
}
