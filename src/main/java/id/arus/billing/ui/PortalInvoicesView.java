package id.arus.billing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.arus.billing.Invoice;
import id.arus.billing.Invoices;
import id.arus.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The customer's own invoices, newest first, as cards that read well on a phone: status, total, what is
 * left to pay and by when, the PDF, and "Bayar" for an open one (the pay page belongs to the payment module).
 */
@Route(value = "portal/tagihan", layout = PortalLayout.class)
@RolesAllowed("CUSTOMER")
public class PortalInvoicesView extends VerticalLayout implements HasDynamicTitle {

    final Div cards = new Div();

    public PortalInvoicesView(Invoices invoices) {
        setPadding(false);
        cards.setId("portal-invoices");
        List<Invoice> mine = invoices.mine();
        if (mine.isEmpty()) {
            cards.add(new Paragraph(getTranslation("billing.portal.empty")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (Invoice invoice : mine) {
            Div card = new Div();
            card.addClassName("arus-portal-card");
            card.setId("invoice-" + invoice.number());
            HorizontalLayout title = new HorizontalLayout(new H3(invoice.number()), InvoiceBadge.of(invoice.status(), this));
            title.setAlignItems(Alignment.BASELINE);
            title.setWrap(true);
            card.add(title);
            card.add(new Paragraph(getTranslation("billing.portal.total", invoice.total().format())));
            if (invoice.balance().rupiah() > 0) {
                card.add(new Paragraph(getTranslation("billing.portal.balance", invoice.balance().format(),
                        date.format(invoice.dueDate()))));
            }
            HorizontalLayout actions = new HorizontalLayout();
            actions.setWrap(true);
            actions.add(InvoiceView.pdfLink(invoices, invoice.number(), getTranslation("billing.portal.pdf")));
            if (invoice.balance().rupiah() > 0) {
                Anchor pay = new Anchor("portal/bayar/" + invoice.number(), getTranslation("billing.portal.pay"));
                pay.setId("pay-" + invoice.number());
                pay.getElement().getThemeList().add("badge primary");
                pay.getStyle().set("font-size", "var(--lumo-font-size-l)").set("padding", "0.4em 1em");
                actions.add(pay);
            }
            card.add(actions);
            cards.add(card);
        }
        add(new H2(getTranslation("billing.portal.title")), cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.portal.title");
    }
}
