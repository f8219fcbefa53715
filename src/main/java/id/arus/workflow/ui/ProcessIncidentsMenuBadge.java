package id.arus.workflow.ui;

import id.arus.shell.MenuBadge;
import id.arus.workflow.ProcessIncidents;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The number of open process incidents beside the menu entry, for the roles that may see them. */
@Component
class ProcessIncidentsMenuBadge implements MenuBadge {

    private static final Set<String> READERS = Set.of("ROLE_ADMIN", "ROLE_NOC", "ROLE_CS");

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
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean reader = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(READERS::contains);
        if (!reader) {
            return OptionalInt.empty();
        }
        long open = incidents.count();
        return open == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.min(open, Integer.MAX_VALUE));
    }
}
