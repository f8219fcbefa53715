package id.arus.customer;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@ArusIT
class CustomerDocumentsIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    @Autowired
    CustomerDirectory customers;
    @Autowired
    CustomerDocuments documents;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void storesADocumentRecognisedByContentWithItsChecksumOnce() {
        signIn("cs-" + tag, "CS");
        Customer c = customers.create(TestCustomers.form("Docs " + tag));

        CustomerDocument ktp = documents.upload(c.code(), null, DocumentType.KTP, "C:\\scan\\ktp.pdf", PDF);
        assertThat(ktp.contentType()).isEqualTo("application/pdf");
        assertThat(ktp.filename()).isEqualTo("ktp.pdf");
        assertThat(ktp.size()).isEqualTo(PDF.length);
        assertThat(ktp.sha256()).hasSize(64).isEqualTo(id.arus.customer.internal.DocumentContent.sha256(PDF));
        assertThat(ktp.status()).isEqualTo(DocumentStatus.PENDING);
        assertThat(ktp.uploadedBy()).isEqualTo("cs-" + tag);
        assertThat(documents.content(ktp.id())).isEqualTo(PDF);

        CustomerDocument again = documents.upload(c.code(), null, DocumentType.KTP, "ktp (1).pdf", PDF);
        assertThat(again.id()).as("a retried upload is not stored twice").isEqualTo(ktp.id());
        CustomerDocument photo = documents.upload(c.code(), "SUB-X-" + tag, DocumentType.INSTALLATION_PHOTO, "odp.jpg", JPEG);
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(documents.list(c.code())).extracting(CustomerDocument::id).containsExactlyInAnyOrder(ktp.id(), photo.id());
    }

    @Test
    void refusesFilesThatAreNotJpegPngOrPdfOrTooLarge() {
        signIn("cs-" + tag, "CS");
        Customer c = customers.create(TestCustomers.form("Bad Docs " + tag));

        assertThatThrownBy(() -> documents.upload(c.code(), null, DocumentType.KTP, "ktp.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", List.of("customerDocument.file.unsupported")));
        assertThatThrownBy(() -> documents.upload(c.code(), null, DocumentType.KTP, "empty.pdf", new byte[0]))
                .isInstanceOf(InvalidInputException.class);
        byte[] huge = Arrays.copyOf(PDF, (int) documents.maxBytes() + 1);
        assertThatThrownBy(() -> documents.upload(c.code(), null, DocumentType.CONTRACT, "big.pdf", huge))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", List.of("customerDocument.file.tooLarge")));
        assertThat(documents.list(c.code())).isEmpty();
    }

    @Test
    void customerServiceVerifiesOrRejectsWithAReason() {
        signIn("tech-" + tag, "TECHNICIAN");
        Customer c = withCustomer("Verify " + tag, null);
        signIn("tech-" + tag, "TECHNICIAN");
        CustomerDocument doc = documents.upload(c.code(), null, DocumentType.CONTRACT, "contract.pdf", PDF);
        assertThatThrownBy(() -> documents.verify(doc.id())).isInstanceOf(AccessDeniedException.class);

        signIn("cs-" + tag, "CS");
        assertThatThrownBy(() -> documents.reject(doc.id(), " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("reason"));
        CustomerDocument rejected = documents.reject(doc.id(), "Tanda tangan tidak terbaca");
        assertThat(rejected.status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("Tanda tangan tidak terbaca");
        CustomerDocument verified = documents.verify(doc.id());
        assertThat(verified.status()).isEqualTo(DocumentStatus.VERIFIED);
        assertThat(verified.statusReason()).isNull();
    }

    @Test
    void aCustomerUploadsAndReadsOnlyTheirOwnDocuments() {
        Customer other = withCustomer("Other " + tag, null);
        signIn("cs-" + tag, "CS");
        CustomerDocument othersDoc = documents.upload(other.code(), null, DocumentType.KTP, "ktp.jpg", JPEG);
        Customer own = withCustomer("Own " + tag, "own-" + tag);

        signIn("own-" + tag, "CUSTOMER");
        CustomerDocument mine = documents.uploadMine(DocumentType.KTP, "my-ktp.jpg", JPEG);
        assertThat(mine.customerCode()).isEqualTo(own.code());
        assertThat(mine.uploadedBy()).isEqualTo("own-" + tag);
        assertThat(documents.mine()).extracting(CustomerDocument::id).containsExactly(mine.id());
        assertThat(documents.list(own.code())).extracting(CustomerDocument::id).containsExactly(mine.id());
        assertThat(documents.content(mine.id())).isEqualTo(JPEG);
        assertThatThrownBy(() -> documents.list(other.code())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> documents.content(othersDoc.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> documents.upload(other.code(), null, DocumentType.KTP, "x.jpg", JPEG))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.uploadMine(DocumentType.INSTALLATION_PHOTO, "x.jpg", JPEG))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> documents.verify(mine.id())).isInstanceOf(AccessDeniedException.class);
    }

    private Customer withCustomer(String name, String username) {
        signIn("cs-" + tag, "CS");
        return username == null ? customers.create(TestCustomers.form(name))
                : customers.createForAccount(TestCustomers.form(name), username);
    }
}
