package id.arus.billing.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoiceStatus;
import id.arus.customer.Customer;
import id.arus.settings.CompanyLogo;
import id.arus.settings.CompanyProfile;
import id.arus.settings.Npwp;
import id.arus.settings.OperatorZone;
import id.arus.settings.SettingsManagement;
import id.arus.shared.Money;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an invoice as the PDF a customer receives: the operator's header with NPWP and logo, the
 * customer, the lines, subtotal, DPP, PPN and total, what is paid and still to pay, how to pay with the
 * portal's pay link, and a VOID or PAID stamp. Always in Indonesian: it is a tax document for Indonesia.
 */
@Component
class InvoicePdf {

    static final Locale LANGUAGE = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LANGUAGE);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

    private final SettingsManagement settings;
    private final InvoiceSettings invoiceSettings;
    private final OperatorZone zone;
    private final MessageSource messages;

    InvoicePdf(SettingsManagement settings, InvoiceSettings invoiceSettings, OperatorZone zone, MessageSource messages) {
        this.settings = settings;
        this.invoiceSettings = invoiceSettings;
        this.zone = zone;
        this.messages = messages;
    }

    /** The file name a download or attachment carries. */
    static String fileName(String number) {
        return number + ".pdf";
    }

    byte[] render(Invoice invoice, Customer customer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(text("billing.pdf.title") + " " + invoice.number());
            document.open();
            document.add(header(invoice));
            document.add(parties(invoice, customer));
            document.add(lines(invoice));
            document.add(totals(invoice));
            document.add(howToPay(invoice));
            stamp(writer, invoice.status());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render invoice " + invoice.number() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private PdfPTable header(Invoice invoice) throws DocumentException {
        CompanyProfile company = settings.company();
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        PdfPCell left = borderless();
        Optional<CompanyLogo> logo = settings.logo();
        if (logo.isPresent()) {
            try {
                Image image = Image.getInstance(logo.get().bytes());
                image.scaleToFit(140, 50);
                left.addElement(image);
            } catch (IOException | RuntimeException unreadable) {
                // a logo OpenPDF cannot read (e.g. SVG) is left out rather than failing the invoice
            }
        }
        left.addElement(new Paragraph(nonBlank(company.name(), "-"), BOLD));
        left.addElement(new Paragraph(nonBlank(company.address(), ""), NORMAL));
        if (company.npwp() != null && !company.npwp().isBlank()) {
            left.addElement(new Paragraph(text("billing.pdf.npwp") + " " + Npwp.format(company.npwp()), NORMAL));
        }
        table.addCell(left);
        PdfPCell right = borderless();
        Paragraph title = new Paragraph(text("billing.pdf.title"), TITLE);
        title.setAlignment(Element.ALIGN_RIGHT);
        right.addElement(title);
        right.addElement(rightAligned(invoice.number(), BOLD));
        right.addElement(rightAligned(text("billing.pdf.issued") + " " + date(invoice.issuedAt().atZone(zone.zone()).toLocalDate()), NORMAL));
        right.addElement(rightAligned(text("billing.pdf.due") + " " + date(invoice.dueDate()), NORMAL));
        if (invoice.periodStart() != null) {
            right.addElement(rightAligned(text("billing.pdf.period") + " " + date(invoice.periodStart()) + " – "
                    + (invoice.periodEnd() == null ? "" : date(invoice.periodEnd())), NORMAL));
        }
        right.addElement(rightAligned(text("billing.pdf.status") + " " + text("billing.status." + invoice.status().name()), BOLD));
        table.addCell(right);
        table.setSpacingAfter(16);
        return table;
    }

    private PdfPTable parties(Invoice invoice, Customer customer) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell cell = borderless();
        cell.addElement(new Paragraph(text("billing.pdf.billedTo"), SMALL));
        cell.addElement(new Paragraph(customer.name() + " (" + invoice.customerCode() + ")", BOLD));
        cell.addElement(new Paragraph(nonBlank(customer.address(), ""), NORMAL));
        if (invoice.subscriptionNumber() != null) {
            cell.addElement(new Paragraph(text("billing.pdf.subscription") + " " + invoice.subscriptionNumber()
                    + (invoice.planCode() == null ? "" : " · " + invoice.planCode()), NORMAL));
        }
        table.addCell(cell);
        table.setSpacingAfter(12);
        return table;
    }

    private PdfPTable lines(Invoice invoice) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {0.5f, 5, 1, 2, 2});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : new String[] {"no", "description", "quantity", "unitPrice", "amount"}) {
            PdfPCell cell = new PdfPCell(new Phrase(text("billing.pdf.line." + key), BOLD));
            cell.setBackgroundColor(new Color(235, 238, 242));
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (InvoiceLine line : invoice.lines()) {
            table.addCell(cell(String.valueOf(line.position()), Element.ALIGN_LEFT));
            table.addCell(cell(line.description(), Element.ALIGN_LEFT));
            table.addCell(cell(String.valueOf(line.quantity()), Element.ALIGN_RIGHT));
            table.addCell(cell(line.unitPrice().format(), Element.ALIGN_RIGHT));
            table.addCell(cell(line.amount().format(), Element.ALIGN_RIGHT));
        }
        table.setSpacingAfter(8);
        return table;
    }

    private PdfPTable totals(Invoice invoice) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {6, 2});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        sum(table, text("billing.pdf.subtotal"), invoice.subtotal(), NORMAL);
        sum(table, text("billing.pdf.dpp"), invoice.taxBase(), NORMAL);
        sum(table, text("billing.pdf.ppn", invoice.taxRate().stripTrailingZeros().toPlainString()), invoice.tax(), NORMAL);
        sum(table, text("billing.pdf.total"), invoice.total(), BOLD);
        sum(table, text("billing.pdf.paid"), invoice.paid(), NORMAL);
        sum(table, text("billing.pdf.balance"), invoice.balance(), BOLD);
        table.setSpacingAfter(16);
        return table;
    }

    private Paragraph howToPay(Invoice invoice) {
        Paragraph p = new Paragraph();
        if (invoice.status() == InvoiceStatus.VOID) {
            p.add(new Chunk(text("billing.pdf.voided", nonBlank(invoice.voidReason(), "")), NORMAL));
            return p;
        }
        if (invoice.balance().rupiah() == 0) {
            p.add(new Chunk(text("billing.pdf.thanks"), NORMAL));
            return p;
        }
        p.add(new Chunk(text("billing.pdf.howToPay") + "\n", BOLD));
        String instructions = invoiceSettings.paymentInstructions();
        if (instructions != null && !instructions.isBlank()) {
            p.add(new Chunk(instructions.strip() + "\n", NORMAL));
        }
        p.add(new Chunk(text("billing.pdf.payOnline") + " " + invoiceSettings.payLink(invoice.number()), NORMAL));
        return p;
    }

    /** A large, light stamp across the page for a void or paid invoice. */
    private void stamp(PdfWriter writer, InvoiceStatus status) {
        if (status != InvoiceStatus.VOID && status != InvoiceStatus.PAID) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        PdfGState light = new PdfGState();
        light.setFillOpacity(0.25f);
        canvas.setGState(light);
        canvas.beginText();
        canvas.setFontAndSize(FontFactory.getFont(FontFactory.HELVETICA_BOLD).getBaseFont(), 72);
        canvas.setColorFill(status == InvoiceStatus.VOID ? Color.RED : new Color(0, 128, 0));
        canvas.showTextAligned(Element.ALIGN_CENTER, text("billing.pdf.stamp." + status.name()),
                PageSize.A4.getWidth() / 2, PageSize.A4.getHeight() / 2, 35);
        canvas.endText();
        canvas.restoreState();
    }

    private static void sum(PdfPTable table, String label, Money amount, Font font) {
        PdfPCell l = new PdfPCell(new Phrase(label, font));
        l.setBorder(Rectangle.NO_BORDER);
        l.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(amount.format(), font));
        v.setBorder(Rectangle.NO_BORDER);
        v.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(v);
    }

    private static PdfPCell cell(String value, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, NORMAL));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph rightAligned(String value, Font font) {
        Paragraph p = new Paragraph(value, font);
        p.setAlignment(Element.ALIGN_RIGHT);
        return p;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String nonBlank(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
