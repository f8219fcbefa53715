package id.arus.shell;

import id.arus.shared.Role;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A number shown beside a menu entry (open tasks, open incidents), supplied by the module that owns
 * the entry's view. Implementations are Spring beans and are asked for the signed-in user.
 */
public interface MenuBadge {

    /** The route path of the menu entry, e.g. {@code inbox}. */
    String path();

    /** The count for the signed-in user, or empty to show no badge. */
    OptionalInt count();

    /**
     * The usual badge: a count shown only to callers holding one of the roles (read only for them, as
     * reading it may be authorised for those roles alone), and no badge at zero.
     */
    static OptionalInt forRoles(Set<Role> readers, LongSupplier count) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean reader = caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> readers.stream().map(Role::authority).anyMatch(authority::equals));
        if (!reader) {
            return OptionalInt.empty();
        }
        long open = count.getAsLong();
        return open == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.min(open, Integer.MAX_VALUE));
    }
}
