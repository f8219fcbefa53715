package id.arus.identity.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.shared.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One account per role for the {@code demo} profile, created once on an empty database. The
 * credentials are in the README; the demo profile never runs in production.
 */
@Component
@Profile("demo")
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Account(String username, String fullName, Role role) {
    }

    static final Set<Account> ACCOUNTS = Set.of(
            new Account("admin", "Ahmad Admin", Role.ADMIN),
            new Account("noc", "Nina NOC", Role.NOC),
            new Account("finance", "Fajar Finance", Role.FINANCE),
            new Account("teknisi", "Tono Teknisi", Role.TECHNICIAN),
            new Account("cs", "Citra CS", Role.CS),
            new Account("pelanggan", "Putri Pelanggan", Role.CUSTOMER));

    /** Every demo password is the username followed by this suffix, e.g. {@code noc-demo123}. */
    static final String PASSWORD_SUFFIX = "-demo123";

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    DemoAccounts(UserStore users, PasswordEncoder passwords, AuditTrail audit) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void createOnEmptyDatabase() {
        if (users.exists()) {
            return;
        }
        for (Account a : ACCOUNTS) {
            users.insert(a.username(), a.username() + "@demo.arus.id", a.fullName(), "+6281200000000", "id",
                    passwords.encode(a.username() + PASSWORD_SUFFIX), Set.of(a.role()));
            audit.record(AuditRecord.system("identity.user.created", "user:" + a.username())
                    .withAfter(java.util.Map.of("roles", Set.of(a.role()), "demo", true)));
        }
        log.info("Created the demo accounts (see README): {}", ACCOUNTS.stream().map(Account::username).sorted().toList());
    }
}
