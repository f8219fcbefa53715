package id.arus.identity;

/** The change would leave Arus without an active administrator, and nobody could manage users any more. */
public class LastAdminException extends RuntimeException {

    public LastAdminException(String username) {
        super(username + " is the last active administrator: make another user ADMIN first");
    }
}
