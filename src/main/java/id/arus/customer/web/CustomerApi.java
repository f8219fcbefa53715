package id.arus.customer.web;

import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerDocuments;
import id.arus.customer.CustomerImport;
import id.arus.customer.CustomerQuery;
import id.arus.customer.CustomerStatus;
import id.arus.customer.DocumentType;
import id.arus.customer.web.CustomerJson.CustomerOut;
import id.arus.customer.web.CustomerJson.DocumentOut;
import id.arus.customer.web.CustomerJson.FormJson;
import id.arus.customer.web.CustomerJson.ImportOut;
import id.arus.customer.web.CustomerJson.PageOut;
import id.arus.customer.web.CustomerJson.RejectJson;
import id.arus.customer.web.CustomerJson.ServiceOut;
import id.arus.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Customers, their documents and CSV import over REST. Thin on purpose: authorisation and validation live
 * in the module's services, the same code the screens use; a customer that is unknown or not the caller's
 * is 404.
 */
@RestController
@RequestMapping("/api/v1/customers")
@SecurityRequirement(name = "bearer")
@Tag(name = "customers")
class CustomerApi {

    static final int DEFAULT_LIMIT = 50;

    private final CustomerDirectory customers;
    private final CustomerDocuments documents;
    private final CustomerImport imports;

    CustomerApi(CustomerDirectory customers, CustomerDocuments documents, CustomerImport imports) {
        this.customers = customers;
        this.documents = documents;
        this.imports = imports;
    }

    @PostMapping
    @Operation(summary = "Create a customer (ADMIN, CS); the code CUST-nnnnnn is assigned")
    ResponseEntity<CustomerOut> create(@RequestBody FormJson body) {
        CustomerOut created = CustomerOut.of(customers.create(body.toForm()));
        return ResponseEntity.created(URI.create("/api/v1/customers/" + created.code())).body(created);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One customer (staff; a CUSTOMER only their own)")
    CustomerOut get(@PathVariable String code) {
        return CustomerOut.of(customers.get(code));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a customer (ADMIN, CS)")
    CustomerOut update(@PathVariable String code, @RequestBody FormJson body) {
        return CustomerOut.of(customers.update(code, body.toForm()));
    }

    @GetMapping
    @Operation(summary = "Search customers (staff), newest first",
            description = "q matches code, name, phone in any form (0812..., +62812...), NIK, email or address")
    PageOut search(@RequestParam(required = false) String q,
                   @Parameter(description = "PROSPECT, ACTIVE, SUSPENDED or INACTIVE") @RequestParam(required = false) String status,
                   @RequestParam(required = false) String category,
                   @Parameter(description = "NAS id of a live service") @RequestParam(required = false) Long nas,
                   @Parameter(description = "plan id of a live service") @RequestParam(required = false) Long plan,
                   @RequestParam(defaultValue = "0") int offset,
                   @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        CustomerQuery query = new CustomerQuery(q, status(status), category, nas, plan);
        List<CustomerOut> items = customers.search(query, offset, limit).stream().map(CustomerOut::of).toList();
        return new PageOut(customers.count(query), offset, items.size(), items);
    }

    @GetMapping("/{code}/services")
    @Operation(summary = "The customer's services as last reported by the subscription module")
    List<ServiceOut> services(@PathVariable String code) {
        return customers.services(code).stream().map(ServiceOut::of).toList();
    }

    @GetMapping("/{code}/documents")
    @Operation(summary = "The customer's documents, without their content")
    List<DocumentOut> documents(@PathVariable String code) {
        return documents.list(code).stream().map(DocumentOut::of).toList();
    }

    @PostMapping(path = "/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document (ADMIN, CS, TECHNICIAN): JPEG, PNG or PDF, recognised by content",
            description = "Uploading the same bytes again as the same document returns the stored one.")
    ResponseEntity<DocumentOut> upload(@PathVariable String code,
                                       @Parameter(description = "KTP, CONTRACT, INSTALLATION_PHOTO or OTHER") @RequestParam String type,
                                       @RequestParam(required = false) String subscription,
                                       @RequestPart("file") MultipartFile file) throws IOException {
        DocumentOut stored = DocumentOut.of(documents.upload(code, subscription, documentType(type),
                file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.created(URI.create("/api/v1/customers/documents/" + stored.id() + "/content")).body(stored);
    }

    @GetMapping("/documents/{id}/content")
    @Operation(summary = "Download a document's content")
    ResponseEntity<byte[]> content(@PathVariable long id) {
        byte[] bytes = documents.content(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("document-" + id, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(bytes);
    }

    @PostMapping("/documents/{id}/verify")
    @Operation(summary = "Mark a document verified (ADMIN, CS)")
    DocumentOut verify(@PathVariable long id) {
        return DocumentOut.of(documents.verify(id));
    }

    @PostMapping("/documents/{id}/reject")
    @Operation(summary = "Reject a document with a reason (ADMIN, CS)")
    DocumentOut reject(@PathVariable long id, @RequestBody RejectJson body) {
        return DocumentOut.of(documents.reject(id, body.reason()));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Check (dryRun=true, the default) or import a UTF-8 CSV of customers (ADMIN, CS)",
            description = "Columns: name, nik, phone, address (required), email, latitude, longitude, category, "
                    + "notes; comma or semicolon separated. An import stores every valid row in one transaction.")
    ImportOut importCsv(@RequestBody byte[] csv, @RequestParam(defaultValue = "true") boolean dryRun) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return ImportOut.of(dryRun ? imports.check(text) : imports.run(text));
    }

    private static CustomerStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CustomerStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "customer.status.unknown");
        }
    }

    private static DocumentType documentType(String value) {
        try {
            return DocumentType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of("type", "customerDocument.type.required");
        }
    }
}
