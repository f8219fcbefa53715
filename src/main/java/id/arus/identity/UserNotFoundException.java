package id.arus.identity;

/** No user (or, for tokens, no token of the caller) by that name or id. */
public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(String what) {
        super(what + " not found");
    }
}
