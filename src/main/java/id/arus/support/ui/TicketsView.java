package id.arus.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import id.arus.support.NewTicket;
import id.arus.support.Ticket;
import id.arus.support.TicketCategory;
import id.arus.support.TicketFilter;
import id.arus.support.TicketPriority;
import id.arus.support.TicketStatus;
import id.arus.support.Tickets;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;

/**
 * The staff ticket queue: overdue tickets first and highlighted, due times in the operator's zone, filters
 * for mine, unassigned, overdue, status, priority and text. A ticket opens on its own page; staff can open
 * a ticket for a customer who phoned.
 */
@Route(TicketsView.ROUTE)
@Menu(title = "menu.tickets", order = 15, icon = "vaadin:comments")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN", "CS"})
public class TicketsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "tickets";

    private final transient Tickets tickets;
    private final transient OperatorZone zone;
    private final Checkbox mine = new Checkbox();
    private final Checkbox unassigned = new Checkbox();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox activeOnly = new Checkbox();
    private final ComboBox<TicketStatus> status = new ComboBox<>();
    private final ComboBox<TicketPriority> priority = new ComboBox<>();
    private final TextField text = new TextField();
    private final Grid<Ticket> grid = new Grid<>(Ticket.class, false);

    public TicketsView(Tickets tickets, OperatorZone zone) {
        this.tickets = tickets;
        this.zone = zone;
        setPadding(true);

        Button refresh = new Button(getTranslation("tickets.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("tickets-refresh");
        Button create = new Button(getTranslation("tickets.new"), VaadinIcon.PLUS.create(), e -> openNew());
        create.setId("tickets-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout header = new FlexLayout(new H2(getTranslation("tickets.title")), new FlexLayout(refresh, create));
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();

        mine.setId("tickets-mine");
        mine.setLabel(getTranslation("tickets.filter.mine"));
        unassigned.setId("tickets-unassigned");
        unassigned.setLabel(getTranslation("tickets.filter.unassigned"));
        overdue.setId("tickets-overdue");
        overdue.setLabel(getTranslation("tickets.filter.overdue"));
        activeOnly.setId("tickets-active");
        activeOnly.setLabel(getTranslation("tickets.filter.activeOnly"));
        activeOnly.setValue(true);
        status.setId("tickets-status");
        status.setLabel(getTranslation("tickets.filter.status"));
        status.setItems(TicketStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("tickets.status." + s.name()));
        status.setClearButtonVisible(true);
        priority.setId("tickets-priority");
        priority.setLabel(getTranslation("tickets.filter.priority"));
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation("tickets.priority." + p.name()));
        priority.setClearButtonVisible(true);
        text.setId("tickets-text");
        text.setLabel(getTranslation("tickets.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        List.of(mine, unassigned, overdue, activeOnly).forEach(c -> c.addValueChangeListener(e -> refresh()));
        status.addValueChangeListener(e -> refresh());
        priority.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(status, priority, text, mine, unassigned, overdue, activeOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        grid.setId("tickets-grid");
        grid.addComponentColumn(t -> new RouterLink(t.number(), TicketView.class, new RouteParameters("number", t.number())))
                .setHeader(getTranslation("tickets.number")).setKey("number").setAutoWidth(true).setFrozen(true);
        grid.addColumn(Ticket::customerCode).setHeader(getTranslation("tickets.customer")).setKey("customer").setAutoWidth(true);
        grid.addColumn(Ticket::subject).setHeader(getTranslation("tickets.subject")).setKey("subject").setFlexGrow(1);
        grid.addColumn(t -> getTranslation("tickets.priority." + t.priority().name())).setHeader(getTranslation("tickets.priority"))
                .setKey("priority").setAutoWidth(true);
        grid.addColumn(t -> getTranslation("tickets.status." + t.status().name())).setHeader(getTranslation("tickets.status"))
                .setKey("status").setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("tickets.nobody") : t.assignee())
                .setHeader(getTranslation("tickets.assignee")).setKey("assignee").setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("tickets.due")).setKey("due").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("tickets.empty"));
        grid.setHeight("65vh");
        add(header, filters, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(tickets.queue(new TicketFilter(mine.getValue(), unassigned.getValue(), overdue.getValue(),
                status.getValue(), priority.getValue(), activeOnly.getValue(), text.getValue())));
    }

    private Span due(Ticket ticket) {
        Span due = new Span(zone.format(ticket.dueAt(), getLocale()));
        if (ticket.overdueAt(Instant.now())) {
            due.setText(due.getText() + " · " + getTranslation("tickets.overdue"));
            due.getElement().getThemeList().add("badge error");
            due.setId("ticket-overdue-" + ticket.number());
        }
        return due;
    }

    private void openNew() {
        Dialog dialog = new Dialog();
        dialog.setId("tickets-new-dialog");
        dialog.setHeaderTitle(getTranslation("tickets.new"));
        TextField customer = new TextField(getTranslation("tickets.customer"));
        customer.setId("tickets-new-customer");
        TextField subscription = new TextField(getTranslation("tickets.subscription"));
        subscription.setId("tickets-new-subscription");
        TicketForm form = new TicketForm(this);
        FieldErrors errors = form.errors().bind("customerCode", customer).bind("subscriptionNumber", subscription);
        Button save = new Button(getTranslation("tickets.open"), e -> {
            try {
                Ticket opened = tickets.open(new NewTicket(customer.getValue(), subscription.getValue(), form.subject().getValue(),
                        form.category().getValue(), form.priority().getValue(), form.message().getValue()));
                dialog.close();
                FieldErrors.success(getTranslation("tickets.opened", opened.number()));
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.setId("tickets-new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(customer, subscription, form.subject(), form.category(), form.priority(), form.message()));
        dialog.getFooter().add(new Button(getTranslation("tickets.cancel"), e -> dialog.close()), save);
        add(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tickets.title");
    }

    /** The fields every new ticket has, for the staff dialog and the portal. */
    record TicketForm(TextField subject, ComboBox<TicketCategory> category, ComboBox<TicketPriority> priority,
                      TextArea message, FieldErrors errors) {

        TicketForm(com.vaadin.flow.component.Component translator) {
            this(new TextField(translator.getTranslation("tickets.subject")), new ComboBox<>(translator.getTranslation("tickets.category")),
                    new ComboBox<>(translator.getTranslation("tickets.priority")),
                    new TextArea(translator.getTranslation("tickets.message")), new FieldErrors(translator));
            subject.setId("ticket-form-subject");
            subject.setMaxLength(Tickets.MAX_SUBJECT);
            subject.setWidthFull();
            category.setId("ticket-form-category");
            category.setItems(TicketCategory.values());
            category.setItemLabelGenerator(c -> translator.getTranslation("tickets.category." + c.name()));
            priority.setId("ticket-form-priority");
            priority.setItems(TicketPriority.values());
            priority.setItemLabelGenerator(p -> translator.getTranslation("tickets.priority." + p.name()));
            priority.setValue(TicketPriority.NORMAL);
            message.setId("ticket-form-message");
            message.setMaxLength(Tickets.MAX_MESSAGE);
            message.setWidthFull();
            message.setMinHeight("8em");
            errors.bind("subject", subject).bind("category", category).bind("priority", priority).bind("message", message);
        }
    }
}
