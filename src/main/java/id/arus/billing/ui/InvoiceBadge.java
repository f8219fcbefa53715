package id.arus.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import id.arus.billing.InvoiceStatus;

/** An invoice's status as a coloured label, the same on staff screens and in the portal. */
public final class InvoiceBadge {

    private InvoiceBadge() {
    }

    public static Span of(InvoiceStatus status, Component translator) {
        Span badge = new Span(translator.getTranslation("billing.status." + status.name()));
        String theme = switch (status) {
            case PAID -> "success";
            case OVERDUE -> "error";
            case VOID -> "contrast";
            case ISSUED, PARTIALLY_PAID -> "";
        };
        badge.getElement().getThemeList().add(("badge small " + theme).strip());
        return badge;
    }
}
