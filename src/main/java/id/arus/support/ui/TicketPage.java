package id.arus.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import id.arus.support.TicketDetails;
import id.arus.support.Tickets;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * What the staff and the portal ticket pages share: the ticket number from the route, the message box,
 * and running an action on the ticket (message cleared and a notice on success, field errors otherwise,
 * then the ticket shown again).
 */
abstract class TicketPage extends VerticalLayout implements BeforeEnterObserver {

    protected final transient Tickets tickets;
    final TextArea message = new TextArea();
    protected final FieldErrors errors = new FieldErrors(this);
    protected String number;

    TicketPage(Tickets tickets) {
        this.tickets = tickets;
    }

    /** Shows the ticket as this page presents it. */
    protected abstract void show(TicketDetails details);

    /** Where a ticket that does not exist, or is not the caller's, sends them. */
    protected abstract Class<? extends Component> ticketList();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        try {
            show(tickets.get(number));
        } catch (NoSuchElementException e) {
            FieldErrors.error(getTranslation("ticket.notFound", number));
            event.forwardTo(ticketList());
        }
    }

    protected void act(Supplier<?> action, String doneKey) {
        try {
            action.get();
            message.clear();
            errors.clear();
            FieldErrors.success(getTranslation(doneKey));
        } catch (InvalidInputException e) {
            errors.show(e);
        }
        show(tickets.get(number));
    }
}
