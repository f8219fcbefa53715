package id.arus.identity;

import id.arus.shared.Role;
import java.util.Set;

/** What other modules may know about a user; never the password hash. */
public record UserSummary(long id, String username, String fullName, String email, String phone, String language,
                          Set<Role> roles, boolean active) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
