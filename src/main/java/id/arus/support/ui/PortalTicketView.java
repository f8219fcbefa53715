package id.arus.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.arus.portal.PortalLayout;
import id.arus.settings.OperatorZone;
import id.arus.shell.FieldErrors;
import id.arus.support.Ticket;
import id.arus.support.TicketDetails;
import id.arus.support.Tickets;
import jakarta.annotation.security.RolesAllowed;

/** One of the customer's tickets: the conversation (without staff notes), reply, close or reopen. */
@Route(value = "portal/tiket/:number", layout = PortalLayout.class)
@RolesAllowed("CUSTOMER")
public class PortalTicketView extends TicketPage implements HasDynamicTitle {

    static final String ROUTE_PREFIX = "portal/tiket/";

    private final transient OperatorZone zone;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Paragraph facts = new Paragraph();
    private final TicketThread thread;
    final Button reply = new Button();
    final Button close = new Button();
    final Button reopen = new Button();

    public PortalTicketView(Tickets tickets, OperatorZone zone) {
        super(tickets);
        this.zone = zone;
        this.thread = new TicketThread(zone);
        setPadding(false);
        title.setId("portal-ticket-title");
        status.setId("portal-ticket-status");
        message.setId("portal-ticket-message");
        message.setLabel(getTranslation("ticket.reply"));
        message.setWidthFull();
        message.setMaxLength(Tickets.MAX_MESSAGE);
        errors.bind("message", message).bind("status", message);
        reply.setText(getTranslation("ticket.reply"));
        reply.setId("portal-ticket-reply");
        reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reply.addClickListener(e -> act(() -> tickets.reply(number, message.getValue()), "ticket.replied"));
        close.setText(getTranslation("ticket.close"));
        close.setId("portal-ticket-close");
        close.addClickListener(e -> act(() -> tickets.closeMine(number), "ticket.closed"));
        reopen.setText(getTranslation("ticket.reopen"));
        reopen.setId("portal-ticket-reopen");
        reopen.addClickListener(e -> act(() -> tickets.reopenMine(number), "ticket.reopened"));
        Anchor back = new Anchor(PortalTicketsView.ROUTE, getTranslation("portal.tickets.back"));
        back.getElement().setAttribute("router-link", true);
        FlexLayout actions = new FlexLayout(reply, close, reopen);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(back, title, status, facts, thread, message, actions);
    }

    @Override
    protected Class<PortalTicketsView> ticketList() {
        return PortalTicketsView.class;
    }

    @Override
    protected void show(TicketDetails details) {
        Ticket t = details.ticket();
        title.setText(getTranslation("ticket.header", t.number(), t.subject()));
        status.setText(getTranslation("tickets.status." + t.status().name()) + " · "
                + getTranslation("tickets.category." + t.category().name()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(t.status().active() ? "badge" : "badge contrast");
        facts.setText(getTranslation("portal.tickets.facts", zone.format(t.createdAt(), getLocale()),
                t.subscriptionNumber() == null ? "—" : t.subscriptionNumber()));
        thread.show(details.messages());
        boolean active = t.status().active();
        message.setVisible(active);
        reply.setVisible(active);
        close.setVisible(t.status() != id.arus.support.TicketStatus.CLOSED);
        reopen.setVisible(tickets.mayReopen(t));
    }

    @Override
    public String getPageTitle() {
        return number == null ? getTranslation("portal.tickets.title") : number;
    }
}
