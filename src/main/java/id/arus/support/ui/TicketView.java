package id.arus.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.arus.identity.UserDirectory;
import id.arus.identity.UserSummary;
import id.arus.settings.OperatorZone;
import id.arus.shared.Role;
import id.arus.shell.FieldErrors;
import id.arus.support.Ticket;
import id.arus.support.TicketDetails;
import id.arus.support.TicketStatus;
import id.arus.support.Tickets;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One ticket for staff: what it is about, who has it and when it is due, the conversation with internal
 * notes, and the history; claim, assign, change status, reply to the customer (mailed) or note.
 */
@Route("tickets/:number")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN", "CS"})
public class TicketView extends TicketPage implements HasDynamicTitle {

    private final transient OperatorZone zone;
    private final transient UserDirectory users;
    private final H2 title = new H2();
    private final Paragraph facts = new Paragraph();
    private final Span status = new Span();
    private final ComboBox<String> assignee = new ComboBox<>();
    private final ComboBox<TicketStatus> nextStatus = new ComboBox<>();
    private final TicketThread thread;
    private final UnorderedList history = new UnorderedList();

    public TicketView(Tickets tickets, OperatorZone zone, UserDirectory users) {
        super(tickets);
        this.zone = zone;
        this.users = users;
        this.thread = new TicketThread(zone);
        setPadding(true);
        title.setId("ticket-title");
        facts.setId("ticket-facts");
        status.setId("ticket-status");
        history.setId("ticket-history");

        Button claim = new Button(getTranslation("ticket.claim"), VaadinIcon.HAND.create(),
                e -> act(() -> tickets.claim(number), "ticket.assigned"));
        claim.setId("ticket-claim");
        assignee.setId("ticket-assignee");
        assignee.setLabel(getTranslation("ticket.assign"));
        assignee.setClearButtonVisible(true);
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> tickets.assign(number, e.getValue()), "ticket.assigned");
            }
        });
        nextStatus.setId("ticket-next-status");
        nextStatus.setLabel(getTranslation("ticket.changeStatus"));
        nextStatus.setItems(TicketStatus.values());
        nextStatus.setItemLabelGenerator(s -> getTranslation("tickets.status." + s.name()));
        nextStatus.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> tickets.changeStatus(number, e.getValue()), "ticket.statusChanged");
            }
        });
        FlexLayout actions = new FlexLayout(claim, assignee, nextStatus);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("gap", "var(--lumo-space-s)");

        message.setId("ticket-message");
        message.setWidthFull();
        message.setMinHeight("6em");
        message.setMaxLength(Tickets.MAX_MESSAGE);
        message.setHelperText(getTranslation("ticket.replyHint") + " " + getTranslation("ticket.noteHint"));
        errors.bind("message", message);
        Button reply = new Button(getTranslation("ticket.reply"), VaadinIcon.REPLY.create(),
                e -> act(() -> tickets.reply(number, message.getValue()), "ticket.replied"));
        reply.setId("ticket-reply");
        reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button note = new Button(getTranslation("ticket.note"), VaadinIcon.LOCK.create(),
                e -> act(() -> tickets.note(number, message.getValue()), "ticket.noted"));
        note.setId("ticket-note");

        add(new RouterLink(getTranslation("ticket.back"), TicketsView.class), new FlexLayout(title), status, facts, actions,
                new H3(getTranslation("ticket.thread")), thread, message, new FlexLayout(reply, note),
                new H3(getTranslation("ticket.history")), history);
    }

    @Override
    protected Class<TicketsView> ticketList() {
        return TicketsView.class;
    }

    @Override
    protected void show(TicketDetails details) {
        Ticket t = details.ticket();
        title.setText(getTranslation("ticket.header", t.number(), t.subject()));
        status.setText(getTranslation("tickets.status." + t.status().name()) + " · "
                + getTranslation("tickets.priority." + t.priority().name()) + " · "
                + getTranslation("tickets.category." + t.category().name()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(t.overdueAt(Instant.now()) ? "badge error" : "badge");
        facts.setText(getTranslation("ticket.facts", t.customerCode(), Objects.toString(t.subscriptionNumber(), "—"),
                zone.format(t.createdAt(), getLocale()), zone.format(t.dueAt(), getLocale())));
        TreeSet<String> staff = new TreeSet<>();
        Stream.of(Role.CS, Role.NOC, Role.TECHNICIAN, Role.ADMIN)
                .flatMap(r -> users.findByRole(r).stream()).map(UserSummary::username).forEach(staff::add);
        if (t.assignee() != null) {
            staff.add(t.assignee());
        }
        assignee.setItems(staff);
        assignee.setValue(t.assignee());
        nextStatus.setValue(t.status());
        thread.show(details.messages());
        history.removeAll();
        details.history().forEach(e -> history.add(new ListItem(thread.describe(e))));
    }

    @Override
    public String getPageTitle() {
        return number == null ? getTranslation("tickets.title") : number;
    }
}
