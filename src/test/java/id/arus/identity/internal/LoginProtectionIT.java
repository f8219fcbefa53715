package id.arus.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.identity.TestUsers;
import id.arus.identity.WebClient;
import id.arus.shared.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Lockout, rate limit and the audit trail of logins, through real form logins over HTTP. */
@ArusIT
class LoginProtectionIT {

    @LocalServerPort
    int port;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    LoginProtection protection;
    @Autowired
    JdbcClient jdbc;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(store, passwords);
        // all tests connect from 127.0.0.1: start each with a clean window for that address
        protection.resetMemory();
    }

    @AfterEach
    void tearDown() {
        protection.resetMemory();
    }

    @Test
    void theLoginPageIsArussOwnView() {
        // Vaadin's bootstrap page, not Spring Security's generated "Please sign in" form
        String body = new WebClient(port).get("/login").body();
        assertThat(body).doesNotContain("Please sign in").contains("window.Vaadin");
    }

    @Test
    void locksAnAccountAfterFiveFailuresAndAuditsEveryStep() {
        String name = users.create("lock", Role.NOC);
        WebClient browser = new WebClient(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(browser.login(name, "wrong-password-" + i)).endsWith("/login?error");
        }
        assertThat(browser.login(name, "wrong-password-5")).endsWith("/login?error&locked");
        // the right password does not help while the lock lasts
        assertThat(browser.login(name, TestUsers.PASSWORD)).endsWith("/login?error&locked");
        assertThat(store.findByUsername(name).orElseThrow().lockedUntil()).isAfter(java.time.Instant.now().plusSeconds(14 * 60));

        assertThat(actions(name)).containsSubsequence("identity.login.failed", "identity.login.failed", "identity.login.failed",
                "identity.login.failed", "identity.login.failed", "identity.login.locked", "identity.login.refused-locked");
        assertThat(jdbc.sql("select distinct remote_address from audit_entry where subject = :s")
                .param("s", "user:" + name).query(String.class).list()).containsExactly("127.0.0.1");
        assertThat(jdbc.sql("select distinct actor from audit_entry where subject = :s")
                .param("s", "user:" + name).query(String.class).list()).containsExactly(name);

        // the lock ends by itself
        jdbc.sql("update app_user set locked_until = now() - interval '1 second' where username = :u").param("u", name).update();
        assertThat(browser.login(name, TestUsers.PASSWORD)).doesNotContain("/login");
        assertThat(actions(name)).last().isEqualTo("identity.login");
        assertThat(store.findByUsername(name).orElseThrow().failedLogins()).isZero();
    }

    @Test
    void anUnknownUsernameIsLockedExactlyLikeARealOne() {
        String ghost = "nobody-" + System.nanoTime();
        WebClient browser = new WebClient(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(browser.login(ghost, "guess-" + i)).endsWith("/login?error");
        }
        assertThat(browser.login(ghost, "guess-5")).endsWith("/login?error&locked");
        assertThat(browser.login(ghost, "guess-6")).endsWith("/login?error&locked");
        assertThat(actions(ghost)).containsSubsequence("identity.login.failed", "identity.login.locked",
                "identity.login.refused-locked");
    }

    @Test
    void successfulLoginResetsTheFailureCount() {
        String name = users.create("reset", Role.CS);
        WebClient browser = new WebClient(port);
        for (int i = 1; i <= 4; i++) {
            browser.login(name, "wrong-" + i);
        }
        assertThat(new WebClient(port).login(name, TestUsers.PASSWORD)).doesNotContain("/login");
        assertThat(browser.login(name, "wrong-again")).endsWith("/login?error");
    }

    @Test
    void aDeactivatedUserCannotSignIn() {
        String name = users.create("gone", Role.FINANCE);
        store.setActive(store.findByUsername(name).orElseThrow().id(), false);
        assertThat(new WebClient(port).login(name, TestUsers.PASSWORD)).endsWith("/login?error");
        assertThat(jdbc.sql("select detail from audit_entry where subject = :s and action = 'identity.login.failed'")
                .param("s", "user:" + name).query(String.class).list()).containsExactly("deactivated");
    }

    @Test
    void limitsLoginAttemptsPerAddressInASlidingWindow() {
        WebClient browser = new WebClient(port);
        // different usernames, so no account lockout is involved: only the address limit (20 per 5 minutes)
        for (int i = 0; i < 20; i++) {
            assertThat(browser.login("spray-" + i + "-" + System.nanoTime(), "Password123")).endsWith("/login?error");
        }
        String last = "spray-last-" + System.nanoTime();
        assertThat(browser.login(last, "Password123")).endsWith("/login?error&limited");
        // a real user from the same address is also held back: the limit is per address
        String name = users.create("victim", Role.CS);
        assertThat(browser.login(name, TestUsers.PASSWORD)).endsWith("/login?error&limited");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.login.rate-limited' and subject = 'address:127.0.0.1' and actor = :a")
                .param("a", last).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void logoutIsAudited() {
        String name = users.create("bye", Role.TECHNICIAN);
        WebClient browser = new WebClient(port);
        assertThat(browser.login(name, TestUsers.PASSWORD)).doesNotContain("/login");
        var page = browser.get("/");
        String csrf = csrfToken(page.body());
        var logout = browser.postForm("/logout", Map.of("_csrf", csrf));
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?logout"));
        assertThat(actions(name)).containsSubsequence("identity.login", "identity.logout");
    }

    private List<String> actions(String username) {
        return jdbc.sql("select action from audit_entry where subject = :s order by id")
                .param("s", "user:" + username).query(String.class).list();
    }

    /** Vaadin writes the CSRF token into the page it serves to a signed-in user. */
    static String csrfToken(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        throw new AssertionError("no CSRF token in the page: " + html.substring(0, Math.min(2000, html.length())));
    }
}
