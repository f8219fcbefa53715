package id.arus.identity;

import id.arus.shared.Role;
import java.util.Set;

/** A partial update by an administrator: null fields stay as they are. */
public record UserChanges(String fullName, String email, String phone, String language, Set<Role> roles,
                          Boolean active) {
}
