package id.arus.customer;

import java.time.Instant;

/**
 * An uploaded document (content kept apart, fetched with {@link CustomerDocuments#content}).
 *
 * @param subscriptionNumber the service it belongs to (installation photos), or null for the customer
 * @param sha256             hex checksum of the content, computed on upload
 */
public record CustomerDocument(long id, String customerCode, String subscriptionNumber, DocumentType type,
                               String filename, String contentType, long size, String sha256, DocumentStatus status,
                               String statusReason, Instant uploadedAt, String uploadedBy) {
}
