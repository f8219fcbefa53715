package id.arus.notification;

/**
 * The WhatsApp/SMS gateway refused a message or could not be reached. It is a {@link MailFailedException}, so
 * code written against the first contract of {@link ShortMessages} (and process steps that retry on it) keeps
 * working; the message says what went wrong in words an operator can act on, never the gateway token.
 */
public class MessageFailedException extends MailFailedException {

    public MessageFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
