package id.arus.identity.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.shared.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates the first administrator of a production installation from {@code ARUS_ADMIN_USERNAME},
 * {@code ARUS_ADMIN_EMAIL} and {@code ARUS_ADMIN_PASSWORD}, once, when no active ADMIN exists. After
 * that the variables are ignored (Arus never lets the last active ADMIN go), so leaving them set does not
 * reset anything; the password should still be changed on first sign-in and removed from the environment.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final String username;
    private final String email;
    private final String password;

    FirstAdministrator(UserStore users, PasswordEncoder passwords, AuditTrail audit,
                       @Value("${arus.initial-admin.username:}") String username,
                       @Value("${arus.initial-admin.email:}") String email,
                       @Value("${arus.initial-admin.password:}") String password) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.username = username.trim();
        this.email = email.trim();
        this.password = password;
    }

    /** After the demo accounts, which count as administrators when present. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    public void createWhenNoAdministratorExists() {
        if (!users.findActiveByRole(Role.ADMIN).isEmpty()) {
            return;
        }
        if (username.isEmpty() || email.isEmpty() || password.isEmpty()) {
            log.warn("No active administrator exists, so nobody can sign in to manage Arus. Set ARUS_ADMIN_USERNAME, "
                    + "ARUS_ADMIN_EMAIL and ARUS_ADMIN_PASSWORD and restart to create the first one.");
            return;
        }
        List<String> problems = PasswordPolicy.violations(password, username, email);
        if (!problems.isEmpty()) {
            // the password itself is never logged, only which rules it breaks
            log.error("ARUS_ADMIN_PASSWORD was not accepted ({}); the first administrator was not created. "
                    + "Use at least {} characters that are not the user name.", problems, PasswordPolicy.MIN_LENGTH);
            return;
        }
        if (users.findByUsername(username).isPresent() || users.findByEmail(email).isPresent()) {
            log.error("ARUS_ADMIN_USERNAME or ARUS_ADMIN_EMAIL belongs to an existing (inactive or non-admin) account; "
                    + "the first administrator was not created. Choose another name and address.");
            return;
        }
        users.insert(username, email, username, null, "id", passwords.encode(password), Set.of(Role.ADMIN));
        audit.record(AuditRecord.system("identity.user.created", "user:" + username)
                .withAfter(Map.of("roles", Set.of(Role.ADMIN), "firstAdministrator", true)));
        log.info("Created the first administrator '{}' from ARUS_ADMIN_USERNAME", username);
    }
}
