package id.arus.identity.internal;

import java.time.Instant;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for form login; a deactivated account is disabled and a locked one is locked. */
@Service
class ArusUserDetailsService implements UserDetailsService {

    private final UserStore users;

    ArusUserDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserStore.StoredUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(Instant.now());
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(AuthorityUtils.createAuthorityList(user.authorities()))
                .disabled(!user.active())
                .accountLocked(locked)
                .build();
    }
}
