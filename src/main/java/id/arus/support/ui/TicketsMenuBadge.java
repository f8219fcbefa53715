package id.arus.support.ui;

import id.arus.shared.Role;
import id.arus.shell.MenuBadge;
import id.arus.support.Tickets;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The number of active tickets nobody has taken, beside the menu entry, for support staff. */
@Component
class TicketsMenuBadge implements MenuBadge {

    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.NOC, Role.TECHNICIAN, Role.CS);

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
        return MenuBadge.forRoles(READERS, tickets::countUnassigned);
    }
}
