package id.arus.notification;

import java.util.List;

/**
 * One e-mail to send.
 *
 * @param key         an idempotency key: a second mail with the same key is not sent again (e.g.
 *                    {@code password-reset:<token id>})
 * @param attachments files sent with it, e.g. an invoice's PDF
 */
public record OutgoingMail(String key, String to, String subject, String textBody, List<Attachment> attachments) {

    /** A file attached to a mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OutgoingMail(String key, String to, String subject, String textBody) {
        this(key, to, subject, textBody, List.of());
    }
}
