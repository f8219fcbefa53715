package id.arus.customer.ui;

import com.vaadin.flow.component.html.Span;
import id.arus.customer.CustomerStatus;
import id.arus.customer.DocumentStatus;

/** Coloured status labels, the same on every customer screen. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(CustomerStatus status, String text) {
        return badge(text, switch (status) {
            case ACTIVE -> "success";
            case SUSPENDED -> "error";
            case PROSPECT -> "";
            case INACTIVE -> "contrast";
        });
    }

    static Span of(DocumentStatus status, String text) {
        return badge(text, switch (status) {
            case VERIFIED -> "success";
            case REJECTED -> "error";
            case PENDING -> "contrast";
        });
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge small " + theme).strip());
        return badge;
    }
}
