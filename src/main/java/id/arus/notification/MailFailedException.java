package id.arus.notification;

/** The SMTP server could not be reached or refused the message. */
public class MailFailedException extends RuntimeException {

    public MailFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
