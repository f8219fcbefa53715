package id.arus.payment;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.arus.ArusIT;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cash and bank transfers that FINANCE records by hand, against the real invoices: each gets a receipt and an
 * audit entry, a part payment and the rest settle the invoice, an overpayment becomes credit that the next
 * invoice uses, a transfer reference counts once, and only money handlers may record.
 */
@ArusIT
class ManualPaymentIT {

    @Autowired
    Payments payments;
    @Autowired
    Invoices invoices;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    AuditTrail audit;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new customer's invoice of Rp 111.000 (100.000 + PPN 11%); FINANCE is signed in. */
    private Invoice invoice() {
        return PaymentFixtures.invoice(invoices, PaymentFixtures.customer(customers, "Manual", tag), 100_000, tag);
    }

    private Payment record(String invoiceNumber, long amount, PaymentMethod method, String reference) {
        return payments.recordManual(new ManualPayment(invoiceNumber, Money.idr(amount), method,
                reference, null, "di loket Sleman"));
    }

    private static String text(byte[] pdf) throws IOException {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    }

    private static Map<String, List<String>> errorsOf(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException invalid) {
            return invalid.fieldErrors();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void aPartPaymentInCashAndTheRestByTransferPayTheInvoiceWithReceiptsAndAudit() throws IOException {
        Invoice invoice = invoice();

        Payment cash = record(invoice.number(), 50_000, PaymentMethod.CASH, null);

        assertThat(cash.receiptNumber()).matches("PAY-\\d{4}-\\d{2}-\\d{6}");
        assertThat(cash.status()).isEqualTo("APPLIED");
        assertThat(cash.recordedBy()).isEqualTo("finance-" + tag);
        assertThat(cash.externalRef()).isNull();
        Invoice partly = invoices.get(invoice.number());
        assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(partly.balance()).isEqualTo(Money.idr(61_000));
        assertThat(text(payments.receipt(cash.receiptNumber()))).contains(cash.receiptNumber()).contains(invoice.number())
                .contains(Money.idr(50_000).format()).contains(Money.idr(61_000).format()).contains("finance-" + tag);

        Payment transfer = record(invoice.number(), 61_000, PaymentMethod.BANK_TRANSFER, " TRF-" + tag + " ");

        assertThat(transfer.externalRef()).as("the reference is kept stripped").isEqualTo("TRF-" + tag);
        Invoice paid = invoices.get(invoice.number());
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.balance()).isEqualTo(Money.ZERO);
        assertThat(text(payments.receipt(transfer.receiptNumber()))).contains(transfer.receiptNumber())
                .contains("Transfer bank").contains("TRF-" + tag).contains(Money.idr(61_000).format());
        assertThat(payments.ofInvoice(invoice.number())).extracting(Payment::receiptNumber)
                .containsExactly(cash.receiptNumber(), transfer.receiptNumber());

        signIn("admin-" + tag, "ADMIN");
        for (Payment payment : List.of(cash, transfer)) {
            assertThat(audit.search(new AuditQuery(null, null, "finance-" + tag, "payment.recorded", payment.receiptNumber()), 0, 10))
                    .singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo("payment:" + payment.receiptNumber()));
        }
    }

    @Test
    void anOverpaymentBecomesCreditThatTheNextInvoiceUses() {
        Invoice first = invoice();
        Customer customer = customers.findByCode(first.customerCode()).orElseThrow();

        record(first.number(), 150_000, PaymentMethod.BANK_TRANSFER, "TRF-OVER-" + tag);

        assertThat(invoices.get(first.number()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoices.creditOf(customer.code())).isEqualTo(Money.idr(39_000));
        Invoice next = PaymentFixtures.invoice(invoices, customer, 100_000, tag);
        assertThat(next.paid()).isEqualTo(Money.idr(39_000));
        assertThat(next.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(next.balance()).isEqualTo(Money.idr(72_000));
        assertThat(invoices.creditOf(customer.code())).isEqualTo(Money.ZERO);
    }

    @Test
    void theSameTransferReferenceIsRecordedOnce() {
        Invoice invoice = invoice();
        record(invoice.number(), 11_000, PaymentMethod.BANK_TRANSFER, "TRF-TWICE-" + tag);

        assertThat(errorsOf(() -> record(invoice.number(), 11_000, PaymentMethod.BANK_TRANSFER, "TRF-TWICE-" + tag)))
                .isEqualTo(Map.of("reference", List.of("payment.error.reference-used")));

        assertThat(payments.ofInvoice(invoice.number())).singleElement()
                .satisfies(p -> assertThat(p.externalRef()).isEqualTo("TRF-TWICE-" + tag));
        assertThat(invoices.get(invoice.number()).paid()).isEqualTo(Money.idr(11_000));
    }

    @Test
    void aCustomerOrNocMayNotRecord() {
        Invoice invoice = invoice();
        for (String role : List.of("CUSTOMER", "NOC")) {
            signIn(role.toLowerCase() + "-" + tag, role);
            assertThatThrownBy(() -> record(invoice.number(), 111_000, PaymentMethod.CASH, null))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        signIn("finance-" + tag, "FINANCE");
        assertThat(payments.ofInvoice(invoice.number())).isEmpty();
        assertThat(invoices.get(invoice.number()).status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void badInputIsRefusedWithAClearReasonAndRecordsNothing() {
        Invoice invoice = invoice();
        Invoice voided = invoices.voidInvoice(invoice().number(), "salah paket");

        assertThat(errorsOf(() -> record(invoice.number(), 0, PaymentMethod.CASH, null)))
                .isEqualTo(Map.of("amount", List.of("payment.error.amount-positive")));
        assertThat(errorsOf(() -> record(invoice.number(), -5_000, PaymentMethod.CASH, null)))
                .isEqualTo(Map.of("amount", List.of("payment.error.amount-positive")));
        assertThat(errorsOf(() -> record("INV-NONE-" + tag, 10_000, PaymentMethod.CASH, null)))
                .isEqualTo(Map.of("invoiceNumber", List.of("payment.error.invoice-unknown")));
        assertThat(errorsOf(() -> record(voided.number(), 10_000, PaymentMethod.CASH, null)))
                .isEqualTo(Map.of("invoiceNumber", List.of("payment.error.invoice-void")));
        assertThat(errorsOf(() -> record(invoice.number(), 10_000, PaymentMethod.BANK_TRANSFER, "  ")))
                .isEqualTo(Map.of("reference", List.of("payment.error.reference-required")));
        assertThat(errorsOf(() -> record(invoice.number(), 10_000, PaymentMethod.MIDTRANS, null)))
                .isEqualTo(Map.of("method", List.of("payment.error.manual-method")));

        assertThat(payments.ofInvoice(invoice.number())).isEmpty();
        assertThat(payments.ofInvoice(voided.number())).isEmpty();
        assertThat(invoices.get(invoice.number()).status()).isEqualTo(InvoiceStatus.ISSUED);
    }
}
