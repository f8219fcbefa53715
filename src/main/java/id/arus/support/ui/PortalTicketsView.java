package id.arus.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.arus.portal.PortalLayout;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.support.NewTicket;
import id.arus.support.Ticket;
import id.arus.support.Tickets;
import jakarta.annotation.security.RolesAllowed;

/**
 * The customer's tickets in the portal: open a new one (about one of their services or in general) and the
 * list, newest first, each leading to its conversation.
 */
@Route(value = PortalTicketsView.ROUTE, layout = PortalLayout.class)
@RolesAllowed("CUSTOMER")
public class PortalTicketsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "portal/tiket";

    private final transient Tickets tickets;
    private final transient OperatorZone zone;
    final ComboBox<String> subscription = new ComboBox<>();
    final TicketsView.TicketForm form;
    final Button open = new Button();
    final Div list = new Div();

    public PortalTicketsView(Tickets tickets, SubscriptionManagement subscriptions, OperatorZone zone) {
        this.tickets = tickets;
        this.zone = zone;
        setPadding(false);
        form = new TicketsView.TicketForm(this);
        // customers say how bad it is through the category; staff set the priority
        form.priority().setVisible(false);
        subscription.setId("portal-ticket-subscription");
        subscription.setLabel(getTranslation("tickets.subscription"));
        subscription.setItems(myServices(subscriptions));
        subscription.setClearButtonVisible(true);
        subscription.setWidthFull();
        form.errors().bind("subscriptionNumber", subscription);
        open.setText(getTranslation("tickets.open"));
        open.setId("portal-ticket-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> openTicket());
        VerticalLayout fields = new VerticalLayout(form.category(), subscription, form.subject(), form.message(), open);
        fields.setPadding(false);
        Details create = new Details(getTranslation("tickets.new"), fields);
        create.setId("portal-ticket-new");
        create.setWidthFull();
        list.setId("portal-tickets");
        list.setWidthFull();
        add(new H2(getTranslation("portal.tickets.title")), create, list);
        refresh();
    }

    private static java.util.List<String> myServices(SubscriptionManagement subscriptions) {
        try {
            return subscriptions.mine().stream().map(Subscription::number).toList();
        } catch (java.util.NoSuchElementException e) {
            return java.util.List.of(); // no customer record linked yet: tickets about no particular service
        }
    }

    void openTicket() {
        try {
            Ticket opened = tickets.open(new NewTicket(null, subscription.getValue(), form.subject().getValue(),
                    form.category().getValue(), null, form.message().getValue()));
            form.errors().clear();
            form.subject().clear();
            form.message().clear();
            FieldErrors.success(getTranslation("tickets.opened", opened.number()));
            refresh();
        } catch (InvalidInputException e) {
            form.errors().show(e);
        }
    }

    void refresh() {
        list.removeAll();
        var mine = tickets.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("portal.tickets.none")));
            return;
        }
        for (Ticket t : mine) {
            Anchor link = new Anchor(PortalTicketView.ROUTE_PREFIX + t.number(), t.number() + " · " + t.subject());
            link.getElement().setAttribute("router-link", true);
            link.setId("portal-ticket-" + t.number());
            Span status = new Span(getTranslation("tickets.status." + t.status().name()));
            status.getElement().getThemeList().add(t.status().active() ? "badge" : "badge contrast");
            Span when = new Span(zone.format(t.updatedAt(), getLocale()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Div row = new Div(link, new Div(status, new Span(" "), when));
            row.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            list.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.tickets.title");
    }
}
