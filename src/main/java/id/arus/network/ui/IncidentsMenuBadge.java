package id.arus.network.ui;

import id.arus.network.NetworkIncidents;
import id.arus.shell.MenuBadge;
import java.util.OptionalInt;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The number of open network incidents beside the menu entry, for those who may see them. */
@Component
class IncidentsMenuBadge implements MenuBadge {

    private static final java.util.Set<String> READERS = java.util.Set.of("ROLE_ADMIN", "ROLE_NOC", "ROLE_TECHNICIAN", "ROLE_CS");

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
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean reader = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(READERS::contains);
        if (!reader) {
            return OptionalInt.empty();
        }
        long open = incidents.countOpen();
        return open == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.min(open, Integer.MAX_VALUE));
    }
}
