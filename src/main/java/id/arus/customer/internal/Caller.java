package id.arus.customer.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, as far as the customer module cares: staff, or a customer who may see only their own record. */
final class Caller {

    private Caller() {
    }

    static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

}
