package id.arus.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePayment;
import id.arus.billing.Invoices;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.NoSuchElementException;

/** One invoice: header and totals, lines, the payments applied to it, its PDF, and voiding with a reason. */
@Route("billing/invoices/:number")
@RolesAllowed({"ADMIN", "FINANCE", "CS"})
public class InvoiceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Invoices invoices;
    private final transient OperatorZone zone;
    private final boolean mayAct;
    private Invoice invoice;

    public InvoiceView(Invoices invoices, OperatorZone zone, AuthenticationContext authentication) {
        this.invoices = invoices;
        this.zone = zone;
        this.mayAct = authentication.hasAnyRole("ADMIN", "FINANCE");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String number = event.getRouteParameters().get("number").orElse("");
        try {
            invoice = invoices.get(number);
        } catch (NoSuchElementException e) {
            throw new NotFoundException(number);
        }
        render();
    }

    private void render() {
        removeAll();
        Anchor pdf = pdfLink(invoices, invoice.number(), getTranslation("billing.detail.pdf"));
        pdf.setId("invoice-pdf");
        Button voidButton = new Button(getTranslation("billing.detail.void"), VaadinIcon.BAN.create(), e -> askVoid());
        voidButton.setId("invoice-void");
        voidButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        voidButton.setVisible(mayAct && invoice.status().open() && invoice.paid().rupiah() == 0);
        HorizontalLayout title = new HorizontalLayout(new H2(invoice.number()), InvoiceBadge.of(invoice.status(), this));
        title.setAlignItems(Alignment.BASELINE);
        HorizontalLayout header = new HorizontalLayout(title, new HorizontalLayout(pdf, voidButton));
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        FormLayout facts = new FormLayout();
        facts.setId("invoice-facts");
        fact(facts, "billing.field.customer", invoice.customerCode());
        fact(facts, "billing.field.subscription", invoice.subscriptionNumber());
        fact(facts, "billing.field.purpose", getTranslation("billing.purpose." + invoice.purpose()));
        fact(facts, "billing.field.period", invoice.periodStart() == null ? null : invoice.periodStart() + " – " + invoice.periodEnd());
        fact(facts, "billing.field.issuedAt", zone.format(invoice.issuedAt(), getLocale()));
        fact(facts, "billing.field.dueDate", String.valueOf(invoice.dueDate()));
        fact(facts, "billing.field.subtotal", invoice.subtotal().format());
        fact(facts, "billing.field.taxBase", invoice.taxBase().format());
        fact(facts, "billing.field.tax", getTranslation("billing.detail.taxAt", invoice.taxRate().stripTrailingZeros().toPlainString(),
                invoice.tax().format()));
        fact(facts, "billing.field.total", invoice.total().format());
        fact(facts, "billing.field.paid", invoice.paid().format());
        fact(facts, "billing.field.balance", invoice.balance().format());
        if (invoice.voidReason() != null) {
            fact(facts, "billing.field.voidReason", invoice.voidReason());
        }

        Grid<InvoiceLine> lines = new Grid<>(InvoiceLine.class, false);
        lines.setId("invoice-lines");
        lines.addColumn(InvoiceLine::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> getTranslation("billing.kind." + l.kind())).setHeader(getTranslation("billing.field.kind")).setAutoWidth(true);
        lines.addColumn(InvoiceLine::description).setHeader(getTranslation("billing.field.description")).setFlexGrow(3);
        lines.addColumn(InvoiceLine::quantity).setHeader(getTranslation("billing.field.quantity")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> l.unitPrice().format()).setHeader(getTranslation("billing.field.unitPrice")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> l.amount().format()).setHeader(getTranslation("billing.field.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.setItems(invoice.lines());
        lines.setAllRowsVisible(true);

        Grid<InvoicePayment> payments = new Grid<>(InvoicePayment.class, false);
        payments.setId("invoice-payments");
        payments.addColumn(InvoicePayment::paymentRef).setHeader(getTranslation("billing.field.paymentRef")).setAutoWidth(true);
        payments.addColumn(InvoicePayment::method).setHeader(getTranslation("billing.field.method")).setAutoWidth(true);
        payments.addColumn(p -> zone.format(p.appliedAt(), getLocale())).setHeader(getTranslation("billing.field.appliedAt")).setAutoWidth(true);
        payments.addColumn(p -> p.amount().format()).setHeader(getTranslation("billing.field.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        payments.setItems(invoices.payments(invoice.number()));
        payments.setAllRowsVisible(true);
        payments.setEmptyStateText(getTranslation("billing.detail.noPayments"));

        add(header, facts, new H3(getTranslation("billing.detail.lines")), lines,
                new H3(getTranslation("billing.detail.payments")), payments);
    }

    private void fact(FormLayout facts, String key, String value) {
        Span span = new Span(value == null || value.isBlank() ? "-" : value);
        facts.addFormItem(span, getTranslation(key));
    }

    private void askVoid() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("billing.void.title", invoice.number()));
        TextArea reason = new TextArea(getTranslation("billing.field.voidReason"));
        reason.setId("invoice-void-reason");
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation("billing.detail.void"), e -> {
            try {
                invoice = invoices.voidInvoice(invoice.number(), reason.getValue());
                dialog.close();
                render();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        confirm.setId("invoice-void-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("billing.cancel"), e -> dialog.close()), confirm);
        add(dialog);
        dialog.open();
    }

    /** A link that downloads the invoice's PDF, rendered when clicked (same access rules as the invoice). */
    static Anchor pdfLink(Invoices invoices, String number, String text) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = invoices.pdf(number);
            return new DownloadResponse(new ByteArrayInputStream(pdf), number + ".pdf", "application/pdf", pdf.length);
        }), text);
        link.setTarget("_blank");
        return link;
    }

    @Override
    public String getPageTitle() {
        return invoice == null ? getTranslation("billing.list.title") : invoice.number();
    }
}
