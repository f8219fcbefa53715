package id.arus.notification;

/**
 * Sends e-mail through the SMTP server saved in Arus's settings ({@code spring.mail.*} until one is saved).
 * Each mail carries a key, and a key is sent at most once: calling again with a key that went out before
 * does nothing, so a retried step never mails a customer twice.
 */
public interface Mailer {

    /**
     * Sends the mail now. Fails with {@link MailFailedException} when the SMTP server refuses or
     * cannot be reached, so the caller decides whether that is worth telling the user; the key is then
     * not used up and a later call may send the mail.
     *
     * @throws IllegalArgumentException when the mail has no key
     */
    void send(OutgoingMail mail);
}
