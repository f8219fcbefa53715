package id.arus.support.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.arus.settings.OperatorZone;
import id.arus.support.TicketEvent;
import id.arus.support.TicketMessage;
import java.util.List;

/**
 * A ticket's conversation as cards, oldest first, shared by the staff page and the portal. Internal notes
 * are marked (the service never hands them to customers, so the portal never has any to show).
 */
class TicketThread extends Div {

    private final transient OperatorZone zone;

    TicketThread(OperatorZone zone) {
        this.zone = zone;
        setId("ticket-thread");
        addClassName("arus-ticket-thread");
        setWidthFull();
    }

    void show(List<TicketMessage> messages) {
        removeAll();
        for (TicketMessage m : messages) {
            Div card = new Div();
            card.setId("ticket-message-" + m.id());
            card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                    .set("background", m.internal() ? "var(--lumo-warning-color-10pct, #fff6e0)"
                            : m.fromStaff() ? "var(--lumo-primary-color-10pct)" : "var(--lumo-base-color)");
            String side = m.internal() ? getTranslation("ticket.internal")
                    : getTranslation(m.fromStaff() ? "ticket.staff" : "ticket.customerSide");
            Span who = new Span(m.author() + " · " + side + " · " + zone.format(m.createdAt(), getLocale()));
            who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            Paragraph body = new Paragraph(m.body());
            body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("margin", "var(--lumo-space-xs) 0 0");
            card.add(who, body);
            add(card);
        }
    }

    /** One line per step of the history: when, who, what, in the screen's language. */
    String describe(TicketEvent e) {
        String detail = e.detail() == null || e.detail().isEmpty() ? "—" : e.detail();
        if ("status".equals(e.kind()) || "reopened".equals(e.kind())) {
            detail = getTranslation("tickets.status." + detail);
        } else if ("opened".equals(e.kind())) {
            detail = getTranslation("tickets.priority." + detail);
        }
        return zone.format(e.createdAt(), getLocale()) + " · " + e.actor() + " " + getTranslation("ticket.event." + e.kind(), detail);
    }
}
