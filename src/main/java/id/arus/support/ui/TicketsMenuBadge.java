package id.arus.support.ui;

import id.arus.shell.MenuBadge;
import id.arus.support.Tickets;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/** The number of active tickets nobody has taken, beside the menu entry, for support staff. */
@Component
class TicketsMenuBadge implements MenuBadge {

    private final Tickets tickets;

    TicketsMenuBadge(Tickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public String path() {
        return TicketsView.ROUTE;
    }

    @Override
    public OptionalInt count() {
        return MenuBadge.forRoles(Tickets.SUPPORT_ROLES, tickets::countUnassigned);
    }
}
