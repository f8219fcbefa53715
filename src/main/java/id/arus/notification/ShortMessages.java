package id.arus.notification;

/**
 * Sends WhatsApp/SMS messages through the operator's HTTP message gateway (route
 * {@code notification-send-message}, configured by {@code arus.notification.message-gateway.*}), once per key.
 */
public interface ShortMessages {

    /**
     * Sends now.
     *
     * @throws MailFailedException when the gateway refuses or cannot be reached; the key is then not used up
     */
    void send(ShortMessage message);
}
