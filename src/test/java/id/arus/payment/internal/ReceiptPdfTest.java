package id.arus.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.arus.billing.Invoice;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceStatus;
import id.arus.payment.Payment;
import id.arus.payment.PaymentMethod;
import id.arus.settings.CompanyProfile;
import id.arus.settings.OperatorZone;
import id.arus.settings.SettingsManagement;
import id.arus.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The receipt PDF says who received what for which invoice, in text a reader can extract. */
class ReceiptPdfTest {

    @Test
    void theReceiptNamesCompanyNumberInvoiceAmountMethodAndRecorder() throws Exception {
        SettingsManagement settings = mock(SettingsManagement.class);
        when(settings.company()).thenReturn(new CompanyProfile("PT Arus Data Nusantara", "Jl. Kaliurang 5, Sleman",
                "012345678901000")); // stored as digits, as the settings keep it
        OperatorZone zone = () -> ZoneId.of("Asia/Jakarta");
        Invoice invoice = new Invoice(1, "INV-2026-11-000045", 7, "CUST-000007", null, "HOME-20", "Sleman",
                InvoicePurpose.MANUAL, null, null, Instant.parse("2026-11-01T01:00:00Z"), LocalDate.of(2026, 11, 15),
                InvoiceStatus.PARTIALLY_PAID, Money.idr(100_000), Money.idr(100_000), new BigDecimal("11"), Money.idr(11_000),
                Money.idr(111_000), Money.idr(50_000), null, null, List.of());
        Payment payment = new Payment(3, "PAY-2026-11-000123", invoice.number(), "CUST-000007", Money.idr(50_000),
                PaymentMethod.BANK_TRANSFER, null, "TRF-889911", Instant.parse("2026-11-30T03:00:00Z"), "finance.sari",
                "Transfer BCA", "APPLIED", Money.ZERO);

        byte[] pdf = new ReceiptPdf(settings, zone).render(payment, invoice);

        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("PT Arus Data Nusantara").contains("01.234.567.8-901.000")
                .contains("PAY-2026-11-000123").contains("INV-2026-11-000045").contains("Transfer bank")
                .contains("TRF-889911").contains("finance.sari").contains("30 November 2026 10:00");
        assertThat(text).contains(Money.idr(50_000).format()).contains(Money.idr(61_000).format());
    }
}
