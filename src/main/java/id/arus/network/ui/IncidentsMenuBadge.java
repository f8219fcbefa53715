package id.arus.network.ui;

import id.arus.network.NetworkIncidents;
import id.arus.shared.Role;
import id.arus.shell.MenuBadge;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The number of open network incidents beside the menu entry, for those who may see them. */
@Component
class IncidentsMenuBadge implements MenuBadge {

    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.NOC, Role.TECHNICIAN, Role.CS);

    private final NetworkIncidents incidents;

    IncidentsMenuBadge(NetworkIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public String path() {
        return IncidentsView.ROUTE;
    }

    @Override
    public OptionalInt count() {
        return MenuBadge.forRoles(READERS, incidents::countOpen);
    }
}
