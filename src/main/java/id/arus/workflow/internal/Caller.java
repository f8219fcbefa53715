package id.arus.workflow.internal;

import id.arus.shared.Role;
import java.util.List;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as the engine sees them: user id and candidate groups. Groups come from the
 * granted authorities of this session rather than the database, so they match exactly what method
 * security just checked.
 */
record Caller(String userId, List<String> groups) {

    static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("No signed-in user");
        }
        List<String> groups = SpringSecurityAuthenticationProvider.groups(authentication).stream()
                .filter(g -> Role.valueOf(g).isStaff()).toList();
        return new Caller(authentication.getName(), groups);
    }
}
