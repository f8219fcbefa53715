package id.arus.customer;

import java.util.List;

/**
 * Customers' documents with type and size limits (JPEG, PNG or PDF, recognised by content, not by name),
 * a SHA-256 checksum and a verification status. Staff read; CS, ADMIN and TECHNICIAN upload; CS and ADMIN
 * verify or reject. A CUSTOMER uploads and reads only their own ({@link #mine()}, {@link #uploadMine}).
 */
public interface CustomerDocuments {

    List<CustomerDocument> list(String customerCode);

    List<CustomerDocument> mine();

    /** @param subscriptionNumber the service it belongs to, or null */
    CustomerDocument upload(String customerCode, String subscriptionNumber, DocumentType type, String filename,
                            byte[] content);

    CustomerDocument uploadMine(DocumentType type, String filename, byte[] content);

    /** The stored bytes; the caller must be allowed to read the document. */
    byte[] content(long documentId);

    CustomerDocument verify(long documentId);

    CustomerDocument reject(long documentId, String reason);

    /** The largest document accepted, in bytes ({@code arus.customer.documents.max-bytes}, 5 MB by default). */
    long maxBytes();
}
