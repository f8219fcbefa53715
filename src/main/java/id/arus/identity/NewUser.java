package id.arus.identity;

import id.arus.shared.Role;
import java.util.Set;

/**
 * A user an administrator creates. {@code initialPassword} may be null: the user then sets their own
 * through "forgot password", so the administrator never knows it.
 */
public record NewUser(String username, String fullName, String email, String phone, String language,
                      Set<Role> roles, String initialPassword) {
}
