package id.arus.notification;

/**
 * One e-mail to send.
 *
 * @param key an idempotency key: a second mail with the same key is not sent again (e.g.
 *            {@code password-reset:<token id>})
 */
public record OutgoingMail(String key, String to, String subject, String textBody) {
}
