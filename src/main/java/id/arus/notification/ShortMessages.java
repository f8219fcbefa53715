package id.arus.notification;

/**
 * Sends WhatsApp/SMS messages through the operator's HTTP message gateway (route
 * {@code notification-send-message}, configured by {@code arus.notification.message-gateway.*}), once per key.
 * Callers need a staff role; process steps call it inside {@code SystemIdentity.call/run}.
 */
public interface ShortMessages {

    /**
     * Sends now. A key that went out before is not sent again (the call returns quietly).
     *
     * @throws MailFailedException when the gateway refuses or cannot be reached (a {@link MessageFailedException});
     *                             the key is then not used up, so a retry may send the message
     * @throws IllegalArgumentException when the message has no key, no number or no text
     */
    void send(ShortMessage message);
}
