package id.arus.workflow.ui;

import id.arus.shared.Role;
import id.arus.shell.MenuBadge;
import id.arus.workflow.ProcessIncidents;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The number of open process incidents beside the menu entry, for the roles that may see them. */
@Component
class ProcessIncidentsMenuBadge implements MenuBadge {

    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.NOC, Role.CS);

    private final ProcessIncidents incidents;

    ProcessIncidentsMenuBadge(ProcessIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public String path() {
        return ProcessIncidentsView.ROUTE;
    }

    @Override
    public OptionalInt count() {
        return MenuBadge.forRoles(READERS, incidents::count);
    }
}
