package id.arus.notification;

/**
 * One WhatsApp or SMS message to a customer.
 *
 * @param key  an idempotency key, as for mails: a key that went out before is not sent again
 * @param to   the phone number in +62 form
 */
public record ShortMessage(String key, String to, String text) {
}
