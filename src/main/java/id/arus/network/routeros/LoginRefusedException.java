package id.arus.network.routeros;

/**
 * The router answered the login with {@code !trap}: wrong user name or password, or the user lacks the
 * {@code api} policy. Not transient: retrying with the same credentials only fills the router's log and
 * may get the address banned, so callers show "login refused" and wait for someone to fix the NAS.
 */
public class LoginRefusedException extends RouterOsException {

    public LoginRefusedException(String message) {
        super(message);
    }
}
