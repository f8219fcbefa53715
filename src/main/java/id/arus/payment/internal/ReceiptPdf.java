package id.arus.payment.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.arus.billing.Invoice;
import id.arus.payment.Payment;
import id.arus.settings.CompanyProfile;
import id.arus.settings.Npwp;
import id.arus.settings.OperatorZone;
import id.arus.settings.SettingsManagement;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A payment receipt ("kuitansi") as PDF, in Indonesian since the customer keeps it: the operator's name,
 * address and NPWP, the receipt number, the invoice it pays, amount, method and who recorded it.
 */
@Component
class ReceiptPdf {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final SettingsManagement settings;
    private final OperatorZone zone;

    ReceiptPdf(SettingsManagement settings, OperatorZone zone) {
        this.settings = settings;
        this.zone = zone;
    }

    byte[] render(Payment payment, Invoice invoice) {
        CompanyProfile company = settings.company();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
        document.add(new Paragraph(company.name(), title));
        if (company.address() != null) {
            document.add(new Paragraph(company.address(), small));
        }
        if (company.npwp() != null && !company.npwp().isBlank()) {
            document.add(new Paragraph("NPWP " + Npwp.format(company.npwp()), small));
        }
        Paragraph heading = new Paragraph("KUITANSI PEMBAYARAN / PAYMENT RECEIPT", title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(12);
        document.add(heading);
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {1, 2});
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", INDONESIAN).withZone(zone.zone());
        row(table, "Nomor kuitansi", payment.receiptNumber());
        row(table, "Tanggal bayar", date.format(payment.paidAt()));
        row(table, "Pelanggan", payment.customerCode());
        row(table, "Untuk faktur", invoice.number() + " (total " + invoice.total().format() + ")");
        row(table, "Jumlah", payment.amount().format());
        row(table, "Cara bayar", methodText(payment));
        if (payment.externalRef() != null) {
            row(table, "Referensi", payment.externalRef());
        }
        row(table, "Sisa tagihan", invoice.balance().format());
        row(table, "Dicatat oleh", payment.recordedBy());
        if (payment.note() != null) {
            row(table, "Catatan", payment.note());
        }
        if (!"APPLIED".equals(payment.status())) {
            row(table, "Status", payment.status());
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static String methodText(Payment payment) {
        String method = switch (payment.method()) {
            case CASH -> "Tunai";
            case BANK_TRANSFER -> "Transfer bank";
            case MIDTRANS -> "Midtrans";
            case TRIPAY -> "Tripay";
        };
        return payment.channel() == null ? method : method + " (" + payment.channel() + ")";
    }

    private static void row(PdfPTable table, String label, String value) {
        Font labelFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font valueFont = FontFactory.getFont(FontFactory.HELVETICA, 10);
        PdfPCell left = new PdfPCell(new Paragraph(label, labelFont));
        PdfPCell right = new PdfPCell(new Paragraph(value == null ? "" : value, valueFont));
        left.setBorder(0);
        right.setBorder(0);
        left.setPaddingBottom(4);
        right.setPaddingBottom(4);
        table.addCell(left);
        table.addCell(right);
    }
}
