package id.arus.settings;

/** The test mail could not be sent; the message says why in words an admin can act on. */
public class TestMailFailedException extends RuntimeException {

    public TestMailFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
