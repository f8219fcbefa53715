package id.arus.identity;

import id.arus.shared.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
class UserManagementIT {

    @LocalServerPort
    int port;
    @Autowired
    UserManagement management;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.arus.identity.internal.LoginProtection protection;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(store, passwords);
        protection.resetMemory();
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void createsEditsDeactivatesAndReactivatesWithAuditBeforeAndAfter() {
        String name = "budi" + System.nanoTime() % 1_000_000;
        UserSummary created = management.create(new NewUser(name, "Budi Santoso", name + "@example.id", "0812-3456-7890",
                "en", Set.of(Role.TECHNICIAN), "sambal-terasi-enak"));
        assertThat(created.phone()).isEqualTo("+6281234567890");
        assertThat(created.roles()).containsExactly(Role.TECHNICIAN);
        assertThat(new WebClient(port).login(name, "sambal-terasi-enak")).doesNotContain("/login");

        UserSummary edited = management.update(name, new UserChanges("Budi S.", null, "+62 21 555 1234", null,
                Set.of(Role.TECHNICIAN, Role.NOC), null));
        assertThat(edited.fullName()).isEqualTo("Budi S.");
        assertThat(edited.phone()).isEqualTo("+62215551234");
        assertThat(edited.email()).isEqualTo(name + "@example.id");
        assertThat(edited.roles()).containsExactlyInAnyOrder(Role.TECHNICIAN, Role.NOC);

        WebClient signedIn = new WebClient(port);
        assertThat(signedIn.login(name, "sambal-terasi-enak")).doesNotContain("/login");
        assertThat(signedIn.get("/").statusCode()).isEqualTo(200);
        assertThat(management.deactivate(name).active()).isFalse();
        // the open session ends at once: its next request is sent to the login page
        var afterDeactivation = signedIn.get("/");
        assertThat(afterDeactivation.statusCode()).isEqualTo(302);
        assertThat(afterDeactivation.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(new WebClient(port).login(name, "sambal-terasi-enak")).endsWith("/login?error");
        assertThat(management.reactivate(name).active()).isTrue();
        assertThat(new WebClient(port).login(name, "sambal-terasi-enak")).doesNotContain("/login");

        var entries = jdbc.sql("select action, actor, before_value, after_value from audit_entry where subject = :s and action like 'identity.user.%' order by id")
                .param("s", "user:" + name)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3)), String.valueOf(rs.getString(4))))
                .list();
        assertThat(entries).extracting(e -> e.get(0)).containsExactly("identity.user.created", "identity.user.roles-changed",
                "identity.user.deactivated", "identity.user.reactivated");
        assertThat(entries).extracting(e -> e.get(1)).containsOnly("boss");
        assertThat(entries.get(1).get(2)).contains("\"fullName\":\"Budi Santoso\"").contains("\"roles\":[\"TECHNICIAN\"]");
        assertThat(entries.get(1).get(3)).contains("\"fullName\":\"Budi S.\"").contains("\"roles\":[\"NOC\",\"TECHNICIAN\"]");
        assertThat(entries.get(2).get(2)).contains("\"active\":true");
        assertThat(entries.get(2).get(3)).contains("\"active\":false");
        assertThat(entries).allSatisfy(e -> assertThat(e.get(3)).doesNotContain("password").doesNotContain("{bcrypt}"));
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void validatesEveryFieldAndUniqueness() {
        String taken = users.create("taken", Role.CS);
        assertThatThrownBy(() -> management.create(new NewUser(taken, "", "not-an-email", "12345", "fr", Set.of(), "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsKeys("username", "fullName", "email", "phone", "language", "roles",
                            "initialPassword");
                    assertThat(e.fieldErrors().get("username")).contains("user.username.taken");
                });
        assertThatThrownBy(() -> management.create(new NewUser("fresh" + System.nanoTime() % 100000, "Fresh",
                taken.toUpperCase() + "@TEST.arus.id", null, "id", Set.of(Role.CS), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("email")).containsExactly("user.email.taken"));
        assertThatThrownBy(() -> management.create(new NewUser("Bad Name!", "X", "x@example.id", null, "id", Set.of(Role.CS), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("username")).containsExactly("user.username.invalid"));
        assertThatThrownBy(() -> management.update("no-such-user", new UserChanges("X", null, null, null, null, null)))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void theLastActiveAdministratorCanNeitherBeDeactivatedNorLoseTheRole() {
        String last = users.create("lastadmin", Role.ADMIN);
        // make it the only active administrator, and put everything back afterwards (the database is shared)
        List<String> parked = new ArrayList<>();
        try {
            for (UserSummary other : management.findAll()) {
                if (other.active() && other.hasRole(Role.ADMIN) && !other.username().equals(last)) {
                    management.deactivate(other.username());
                    parked.add(other.username());
                }
            }
            assertThatThrownBy(() -> management.deactivate(last)).isInstanceOf(LastAdminException.class)
                    .hasMessageContaining("last active administrator");
            assertThatThrownBy(() -> management.assignRoles(last, Set.of(Role.NOC))).isInstanceOf(LastAdminException.class);
            assertThat(management.get(last).active()).isTrue();
            assertThat(management.get(last).roles()).contains(Role.ADMIN);

            // with a second administrator the same change is fine
            String second = users.create("secondadmin", Role.ADMIN);
            assertThat(management.assignRoles(last, Set.of(Role.NOC)).roles()).containsExactly(Role.NOC);
            assertThatThrownBy(() -> management.deactivate(second)).isInstanceOf(LastAdminException.class);
        } finally {
            parked.forEach(management::reactivate);
        }
    }

    @Test
    @WithMockUser(username = "nina", roles = {"NOC", "CS", "FINANCE", "TECHNICIAN", "CUSTOMER"})
    void everyoneButAnAdministratorIsRefused() {
        String victim = users.create("victim", Role.CS);
        assertThatThrownBy(() -> management.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.get(victim)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.create(new NewUser("x" + System.nanoTime() % 10000, "X", "x@x.id", null, "id",
                Set.of(Role.ADMIN), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.update(victim, new UserChanges("X", null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.deactivate(victim)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.reactivate(victim)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.assignRoles(victim, Set.of(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThat(store.findByUsername(victim).orElseThrow().roles()).containsExactly(Role.CS);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> management.findAll())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
