package id.arus.support.ui;

import id.arus.shell.MenuBadge;
import id.arus.support.Tickets;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The number of active tickets nobody has taken, beside the menu entry, for support staff. */
@Component
class TicketsMenuBadge implements MenuBadge {

    private static final Set<String> READERS = Set.of("ROLE_ADMIN", "ROLE_NOC", "ROLE_TECHNICIAN", "ROLE_CS");

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
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean reader = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(READERS::contains);
        if (!reader) {
            return OptionalInt.empty();
        }
        long open = tickets.countUnassigned();
        return open == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.min(open, Integer.MAX_VALUE));
    }
}
