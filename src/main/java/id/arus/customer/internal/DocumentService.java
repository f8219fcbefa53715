package id.arus.customer.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDocument;
import id.arus.customer.CustomerDocuments;
import id.arus.customer.DocumentStatus;
import id.arus.customer.DocumentType;
import id.arus.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' documents. Uploading the same bytes again as the same document returns the stored one, so a
 * retried upload (double click, flaky connection, API client retry) never stores a copy.
 */
@Service
class DocumentService implements CustomerDocuments {

    static final int MAX_REASON = 500;

    private final DocumentStore store;
    private final CustomerStore customers;
    private final AuditTrail audit;
    private final long maxBytes;

    DocumentService(DocumentStore store, CustomerStore customers, AuditTrail audit,
                    @Value("${arus.customer.documents.max-bytes:5242880}") long maxBytes) {
        this.store = store;
        this.customers = customers;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    @Override
    @PreAuthorize(DirectoryService.STAFF_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public List<CustomerDocument> list(String customerCode) {
        return store.list(visibleCustomer(customerCode).id());
    }

    @Override
    @PreAuthorize("hasRole('CUSTOMER')")
    @Transactional(readOnly = true)
    public List<CustomerDocument> mine() {
        return store.list(myRecord().id());
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'CS', 'TECHNICIAN')")
    @Transactional
    public CustomerDocument upload(String customerCode, String subscriptionNumber, DocumentType type, String filename,
                                   byte[] content) {
        Customer customer = customers.findByCode(customerCode).orElseThrow(() -> DirectoryService.unknown(customerCode));
        String sub = subscriptionNumber == null || subscriptionNumber.isBlank() ? null : subscriptionNumber.strip();
        return store(customer, sub, type, filename, content);
    }

    @Override
    @PreAuthorize("hasRole('CUSTOMER')")
    @Transactional
    public CustomerDocument uploadMine(DocumentType type, String filename, byte[] content) {
        if (type == DocumentType.INSTALLATION_PHOTO) {
            // taken by the technician on site; a customer's own photo is filed as OTHER
            throw InvalidInputException.of("type", "customerDocument.type.notForCustomer");
        }
        return store(myRecord(), null, type, filename, content);
    }

    private CustomerDocument store(Customer customer, String subscriptionNumber, DocumentType type, String filename,
                                   byte[] content) {
        if (type == null) {
            throw InvalidInputException.of("type", "customerDocument.type.required");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "customerDocument.file.empty");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.of("file", "customerDocument.file.tooLarge");
        }
        String contentType = DocumentContent.sniff(content)
                .orElseThrow(() -> InvalidInputException.of("file", "customerDocument.file.unsupported"));
        String sha256 = DocumentContent.sha256(content);
        var earlier = store.sameUpload(customer.id(), subscriptionNumber, type, sha256);
        if (earlier.isPresent()) {
            return store.find(earlier.get()).orElseThrow().document();
        }
        String name = DocumentContent.cleanFilename(filename);
        long id = store.insert(customer.id(), subscriptionNumber, type, name, contentType, content, sha256,
                Caller.username());
        CustomerDocument created = store.find(id).orElseThrow().document();
        audit.record(AuditRecord.of("customer.document.uploaded", DirectoryService.subject(customer))
                .withAfter(auditView(created)));
        return created;
    }

    @Override
    @PreAuthorize(DirectoryService.STAFF_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public byte[] content(long documentId) {
        visibleDocument(documentId);
        return store.content(documentId);
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'CS')")
    @Transactional
    public CustomerDocument verify(long documentId) {
        return decide(documentId, DocumentStatus.VERIFIED, null, "customer.document.verified");
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'CS')")
    @Transactional
    public CustomerDocument reject(long documentId, String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw InvalidInputException.of("reason", "customerDocument.reason.required");
        }
        if (r.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "customerDocument.reason.tooLong");
        }
        return decide(documentId, DocumentStatus.REJECTED, r, "customer.document.rejected");
    }

    @Override
    @PreAuthorize("permitAll()")
    public long maxBytes() {
        return maxBytes;
    }

    private CustomerDocument decide(long documentId, DocumentStatus status, String reason, String action) {
        CustomerDocument before = store.find(documentId)
                .orElseThrow(() -> new NoSuchElementException("No document " + documentId)).document();
        if (before.status() == status && java.util.Objects.equals(before.statusReason(), reason)) {
            return before;
        }
        store.decide(documentId, status, reason, Caller.username());
        CustomerDocument after = store.find(documentId).orElseThrow().document();
        audit.record(AuditRecord.of(action, "customer:" + after.customerCode())
                .withBefore(auditView(before)).withAfter(auditView(after)));
        return after;
    }

    private Customer visibleCustomer(String code) {
        return customers.findByCode(code).filter(DirectoryService::visible)
                .orElseThrow(() -> DirectoryService.unknown(code));
    }

    private void visibleDocument(long documentId) {
        DocumentStore.Stored stored = store.find(documentId)
                .orElseThrow(() -> new NoSuchElementException("No document " + documentId));
        customers.findById(stored.customerId()).filter(DirectoryService::visible)
                .orElseThrow(() -> new NoSuchElementException("No document " + documentId));
    }

    private Customer myRecord() {
        return customers.findByUsername(Caller.username())
                .orElseThrow(() -> new NoSuchElementException("No customer record for this account"));
    }

    private static Map<String, Object> auditView(CustomerDocument d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("document", d.id());
        view.put("type", d.type().name());
        view.put("filename", d.filename());
        view.put("size", d.size());
        view.put("sha256", d.sha256());
        view.put("subscription", d.subscriptionNumber());
        view.put("status", d.status().name());
        view.put("reason", d.statusReason());
        return view;
    }
}
