package id.arus.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Each test runs in a transaction that is rolled back, so deactivating every admin stays invisible to the others. */
@ArusIT
@Transactional
@WithMockUser(username = "it-admin", roles = "ADMIN") // reading the audit trail is for admins
class FirstAdministratorIT {

    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aFreshInstallationWithoutAdministrator() {
        jdbc.sql("update app_user set active = false where id in (select user_id from app_user_role where role = 'ADMIN')").update();
        assertThat(users.findActiveByRole(Role.ADMIN)).isEmpty();
    }

    private FirstAdministrator fromEnvironment(String username, String email, String password) {
        return new FirstAdministrator(users, passwords, audit, username, email, password);
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironmentOnce() {
        fromEnvironment("kepala-noc", "kepala@isp.example", "Rahasia-Sekali-2026").createWhenNoAdministratorExists();

        var created = users.findByUsername("kepala-noc").orElseThrow();
        assertThat(created.authorities()).contains("ROLE_ADMIN");
        assertThat(passwords.matches("Rahasia-Sekali-2026", created.passwordHash())).isTrue();
        assertThat(audit.count(new AuditQuery(null, null, null, "identity.user.created", "user:kepala-noc"))).isEqualTo(1);

        // a restart with the variables still set changes nothing
        fromEnvironment("kepala-noc", "kepala@isp.example", "Lain-Lagi-Password-9").createWhenNoAdministratorExists();
        assertThat(passwords.matches("Rahasia-Sekali-2026", users.findByUsername("kepala-noc").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void refusesAWeakPasswordAndCreatesNobody() {
        fromEnvironment("kepala-noc", "kepala@isp.example", "kepala-noc1").createWhenNoAdministratorExists();

        assertThat(users.findByUsername("kepala-noc")).isEmpty();
        assertThat(users.findActiveByRole(Role.ADMIN)).isEmpty();
    }

    @Test
    void withoutVariablesCreatesNobody() {
        fromEnvironment("", "", "").createWhenNoAdministratorExists();

        assertThat(users.findActiveByRole(Role.ADMIN)).isEmpty();
    }
}
