package id.arus.notification;

/** Sends e-mail through the SMTP server configured in Arus's settings. */
public interface Mailer {

    /**
     * Sends the mail now. Fails with {@link MailFailedException} when the SMTP server refuses or
     * cannot be reached, so the caller decides whether that is worth telling the user.
     */
    void send(OutgoingMail mail);
}
