package id.arus.identity;

import id.arus.shared.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to users for other modules (the process engine's identity view, the dashboard, the
 * inbox). Writes go through {@code UserManagement}.
 */
public interface UserDirectory {

    Optional<UserSummary> findByUsername(String username);

    List<UserSummary> findAll();

    /** Active users holding the role. */
    List<UserSummary> findByRole(Role role);

    /** Active users per role; a user with two roles counts in both. */
    Map<Role, Long> countByRole();
}
