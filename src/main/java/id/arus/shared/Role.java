package id.arus.shared;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The roles of Arus. Their names are also the Spring Security authorities ({@code ROLE_<name>})
 * and the Camunda candidate groups analysts write in BPMN.
 */
public enum Role {
    ADMIN, NOC, FINANCE, TECHNICIAN, CS, CUSTOMER;

    /** Every role that works from the staff app (all but CUSTOMER). */
    public static final String[] STAFF = {"ADMIN", "NOC", "FINANCE", "TECHNICIAN", "CS"};

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != CUSTOMER;
    }

    /** Whether the signed-in caller holds any staff role (someone who is staff and customer counts as staff). */
    public static boolean callerIsStaff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> parse(a.getAuthority()).filter(Role::isStaff).isPresent());
    }

    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.startsWith("ROLE_") ? value.substring(5) : value;
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name.trim())).findFirst();
    }
}
