package id.arus.identity;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.identity.internal.SessionTerminator;
import id.arus.identity.internal.Tokens;
import id.arus.identity.internal.UserRules;
import id.arus.identity.internal.UserStore;
import id.arus.identity.internal.UserStore.StoredUser;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration for ADMIN: create, edit, deactivate, reactivate, assign roles. Every method is
 * secured here, not only in the screens, because the REST API and other callers reach it too. Every
 * change is audited with the values before and after.
 */
@Service
public class UserManagement {

    /** Serialises changes that could remove an administrator, so two admins cannot demote each other at once. */

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final SessionTerminator sessions;
    private final JdbcClient jdbc;

    UserManagement(UserStore users, PasswordEncoder passwords, AuditTrail audit, SessionTerminator sessions,
                   JdbcClient jdbc) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> findAll() {
        return users.findAll().stream().map(StoredUser::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserSummary get(String username) {
        return load(username).summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary create(NewUser user) {
        UserRules rules = new UserRules();
        String username = rules.username(user.username());
        String fullName = rules.fullName(user.fullName());
        String email = rules.email(user.email());
        String phone = rules.phone(user.phone());
        String language = rules.language(user.language());
        Set<Role> roles = user.roles() == null ? Set.of() : user.roles();
        if (roles.isEmpty()) {
            rules.add("roles", "user.roles.required");
        }
        boolean ownPassword = user.initialPassword() != null && !user.initialPassword().isEmpty();
        if (ownPassword) {
            rules.password("initialPassword", user.initialPassword(), username, email);
        }
        if (!username.isEmpty() && users.findByUsername(username).isPresent()) {
            rules.add("username", "user.username.taken");
        }
        if (!email.isEmpty() && users.findByEmail(email).isPresent()) {
            rules.add("email", "user.email.taken");
        }
        rules.throwIfInvalid();
        // Without a password from the administrator the account gets an unguessable one and its owner
        // chooses their own through "forgot password".
        String password = ownPassword ? user.initialPassword() : Tokens.newSecret("");
        long id = users.insert(username, email, fullName, phone, language, passwords.encode(password), roles);
        StoredUser created = users.findById(id).orElseThrow();
        audit.record(AuditRecord.of("identity.user.created", "user:" + username).withAfter(snapshot(created)));
        return created.summary();
    }

    /** Applies the non-null fields of the change; roles replace the current roles. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary update(String username, UserChanges changes) {
        StoredUser before = load(username);
        UserRules rules = new UserRules();
        String fullName = changes.fullName() == null ? before.fullName() : rules.fullName(changes.fullName());
        String email = changes.email() == null ? before.email() : rules.email(changes.email());
        String phone = changes.phone() == null ? before.phone() : rules.phone(changes.phone());
        String language = changes.language() == null ? before.language() : rules.language(changes.language());
        Set<Role> roles = changes.roles() == null ? before.roles() : changes.roles();
        boolean active = changes.active() == null ? before.active() : changes.active();
        if (roles.isEmpty()) {
            rules.add("roles", "user.roles.required");
        }
        if (!email.equalsIgnoreCase(before.email())
                && users.findByEmail(email).filter(other -> other.id() != before.id()).isPresent()) {
            rules.add("email", "user.email.taken");
        }
        rules.throwIfInvalid();

        boolean losesAdmin = before.active() && before.roles().contains(Role.ADMIN)
                && (!active || !roles.contains(Role.ADMIN));
        if (losesAdmin) {
            AdvisoryLocks.lockForTransaction(jdbc, AdvisoryLocks.of(AdvisoryLocks.Single.ADMIN_GUARD));
            if (users.countOtherActiveAdmins(before.id()) == 0) {
                throw new LastAdminException(before.username());
            }
        }
        users.updateProfile(before.id(), fullName, email, phone, language);
        if (!roles.equals(before.roles())) {
            users.replaceRoles(before.id(), roles);
        }
        if (active != before.active()) {
            users.setActive(before.id(), active);
        }
        StoredUser after = users.findById(before.id()).orElseThrow();
        String action = active != before.active() ? (active ? "identity.user.reactivated" : "identity.user.deactivated")
                : !roles.equals(before.roles()) ? "identity.user.roles-changed" : "identity.user.updated";
        audit.record(AuditRecord.of(action, "user:" + before.username()).withBefore(snapshot(before)).withAfter(snapshot(after)));
        // A deactivated user is thrown out now; a user whose roles changed signs in again and gets the new ones.
        if (!active || !roles.equals(before.roles())) {
            sessions.endSessionsOf(before.username());
        }
        return after.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary deactivate(String username) {
        return update(username, new UserChanges(null, null, null, null, null, false));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary reactivate(String username) {
        return update(username, new UserChanges(null, null, null, null, null, true));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary assignRoles(String username, Set<Role> roles) {
        return update(username, new UserChanges(null, null, null, null, roles == null ? Set.of() : Set.copyOf(roles), null));
    }

    private StoredUser load(String username) {
        return users.findByUsername(username).orElseThrow(() -> new UserNotFoundException("User " + username));
    }

    /** What the audit trail keeps of a user: everything but the password hash and login counters. */
    static Map<String, Object> snapshot(StoredUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("fullName", u.fullName());
        m.put("email", u.email());
        m.put("phone", Objects.toString(u.phone(), ""));
        m.put("language", u.language());
        m.put("roles", new TreeSet<>(u.roles().stream().map(Role::name).toList()));
        m.put("active", u.active());
        return m;
    }
}
