package id.arus.customer.internal;

import id.arus.shared.Role;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, as far as the customer module cares: staff, or a customer who may see only their own record. */
final class Caller {

    private Caller() {
    }

    static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    /** True when the caller holds any staff role (a customer who is also staff is treated as staff). */
    static boolean isStaff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> Arrays.stream(Role.values()).anyMatch(r -> r.isStaff() && r.authority().equals(a)));
    }
}
