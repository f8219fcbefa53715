package id.arus.billing.internal;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.arus.ArusIT;
import id.arus.TestInfrastructure;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.billing.PaymentApplication;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerForm;
import id.arus.customer.TestCustomers;
import id.arus.settings.CompanyProfile;
import id.arus.settings.SettingsManagement;
import id.arus.shared.Money;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The invoice's PDF, its delivery by e-mail, and the OVERDUE marker, against the real database and GreenMail. */
@ArusIT
class InvoiceJobsIT {

    @Autowired
    Invoices invoices;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    SettingsManagement settings;
    @Autowired
    InvoiceDelivery delivery;
    @Autowired
    OverdueMarker overdue;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Customer customer(String name, String email) {
        signIn("cs-" + tag, "CS");
        CustomerForm f = TestCustomers.form(name + " " + tag);
        Customer c = customers.create(new CustomerForm(f.name(), f.nik(), f.phone(), email, f.address(), f.location(),
                f.category(), f.notes()));
        signIn("finance-" + tag, "FINANCE");
        return c;
    }

    private Invoice issue(Customer c, long price) {
        // a recurring invoice is unique per subscription and period, so each gets a subscription of its own
        return invoices.issue(new InvoiceDraft(c.code(), "SUB-" + tag + "-" + SEQUENCE.incrementAndGet(), InvoicePurpose.RECURRING, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), null, false, "HOME-20", "Sleman",
                List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, "Paket Rumah 20 Mbps November", Money.idr(price)))));
    }

    @Test
    void thePdfCarriesHeaderNpwpLinesTaxTotalAndThePayLink() throws Exception {
        signIn("admin-" + tag, "ADMIN");
        CompanyProfile before = settings.company();
        settings.updateCompany(new CompanyProfile("PT Arus Net " + tag, "Jl. Magelang 12, Sleman", "012345678901234"));
        try {
            Customer c = customer("Pdf", null);
            Invoice invoice = issue(c, 150_000);
            String text = text(invoices.pdf(invoice.number()));

            assertThat(text).contains("PT Arus Net " + tag, "Jl. Magelang 12", "01.234.567.8-901.234", invoice.number(),
                    "Pdf " + tag, c.code(), "Paket Rumah 20 Mbps November", "Rp 150.000", "DPP", "PPN 11%", "Rp 16.500",
                    "Rp 166.500", "/portal/bayar/" + invoice.number());

            invoices.applyPayment(new PaymentApplication(invoice.number(), Money.idr(166_500), "PDF-" + tag, "CASH", Instant.now()));
            assertThat(text(invoices.pdf(invoice.number()))).contains("LUNAS").doesNotContain("/portal/bayar/");
            Invoice other = issue(c, 20_000);
            invoices.voidInvoice(other.number(), "Salah input");
            assertThat(text(invoices.pdf(other.number()))).contains("BATAL", "Salah input");
        } finally {
            if (!before.name().isBlank()) {
                signIn("admin-" + tag, "ADMIN");
                settings.updateCompany(before);
            }
        }
    }

    @Test
    void deliversByMailWithThePdfOnceAndMarksCustomersWithoutMail() throws Exception {
        String email = "pelanggan-" + tag + "@test.arus.id";
        Invoice mailed = issue(customer("Mail", email), 100_000);
        Invoice noMail = issue(customer("NoMail", null), 100_000);

        awaitDelivered(mailed);
        awaitDelivered(noMail);
        delivery.deliverPending();

        List<MimeMessage> mails = Arrays.stream(TestInfrastructure.mail().getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(email)).toList();
        assertThat(mails).hasSize(1);
        String company = settings.company().name();
        // a fresh installation has no company name yet: the subject then ends with the number, not with "dari"
        assertThat(mails.get(0).getSubject()).isEqualTo(company.isBlank() ? "Tagihan " + mailed.number()
                : "Tagihan " + mailed.number() + " dari " + company);
        Multipart parts = (Multipart) mails.get(0).getContent();
        boolean pdfAttached = false;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if ((mailed.number() + ".pdf").equals(part.getFileName())) {
                pdfAttached = text(part.getInputStream().readAllBytes()).contains(mailed.number());
            }
        }
        assertThat(pdfAttached).as("the invoice's PDF is attached").isTrue();
        assertThat(jdbc.sql("select delivery_note from invoice where number = ?").param(noMail.number())
                .query(String.class).single()).contains("email");
        assertThat(jdbc.sql("select delivery_note from invoice where number = ?").param(mailed.number())
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void marksOpenInvoicesPastTheirDueDateOverdueAndLeavesPaidOnesAlone() {
        Customer c = customer("Late", null);
        Invoice open = issue(c, 10_000);
        Invoice paid = issue(c, 10_000);
        invoices.applyPayment(new PaymentApplication(paid.number(), paid.total(), "OD-" + tag, "CASH", Instant.now()));
        jdbc.sql("update invoice set due_date = due_date - 30 where number in (?, ?)").params(open.number(), paid.number()).update();

        int marked = -1;
        for (int attempt = 0; attempt < 50 && marked < 0; attempt++) {
            marked = overdue.markOverdue(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")));
        }
        assertThat(invoices.get(open.number()).status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(invoices.get(paid.number()).status()).isEqualTo(InvoiceStatus.PAID);

        // a partial payment keeps an overdue invoice overdue; the rest settles it
        invoices.applyPayment(new PaymentApplication(open.number(), Money.idr(1_000), "OD1-" + tag, "CASH", Instant.now()));
        assertThat(invoices.get(open.number()).status()).isEqualTo(InvoiceStatus.OVERDUE);
        invoices.applyPayment(new PaymentApplication(open.number(), Money.idr(100_000), "OD2-" + tag, "CASH", Instant.now()));
        assertThat(invoices.get(open.number()).status()).isEqualTo(InvoiceStatus.PAID);
    }

    private void awaitDelivered(Invoice invoice) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            delivery.deliverPending();
            if (jdbc.sql("select delivered_at is not null from invoice where number = ?").param(invoice.number())
                    .query(Boolean.class).single()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(invoice.number() + " was not delivered");
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }
}
