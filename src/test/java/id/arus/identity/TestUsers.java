package id.arus.identity;

import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Users for integration tests, straight into the store (the tests share one database, so every name
 * is unique), and a way to act as one of them without going through a login.
 */
public final class TestUsers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final String PASSWORD = "kopi-susu-pagi-42";

    private final UserStore users;
    private final PasswordEncoder passwords;

    public TestUsers(UserStore users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /** A fresh active user with the roles and {@link #PASSWORD}; returns the username. */
    public String create(String prefix, Role... roles) {
        String name = (prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet())
                .toLowerCase();
        users.insert(name, name + "@test.arus.id", "Test " + name, null, "id", passwords.encode(PASSWORD), Set.of(roles));
        return name;
    }

    /** Runs the action with the user (and their stored roles) in the security context of this thread. */
    public <T> T as(String username, Callable<T> action) throws Exception {
        UserStore.StoredUser user = users.findByUsername(username).orElseThrow();
        List<String> authorities = user.authorities();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
        try {
            return action.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
