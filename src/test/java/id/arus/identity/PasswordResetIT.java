package id.arus.identity;

import id.arus.shared.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.TestInfrastructure;
import id.arus.identity.internal.LoginProtection;
import id.arus.identity.internal.Tokens;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** "Forgot password" end to end: the mail really goes through SMTP (GreenMail) and the login is a real form login. */
@ArusIT
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/password-reset/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    PasswordReset reset;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoginProtection protection;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(store, passwords);
        protection.resetMemory();
    }

    @Test
    void resetsThePasswordThroughTheMailedLinkOnce() throws Exception {
        String name = users.create("reset", Role.CS);
        String email = name + "@test.arus.id";

        reset.requestReset(email.toUpperCase()); // addresses match regardless of case
        String token = linkTokenIn(awaitMailTo(email, 1).get(0));

        // only the hash is stored
        assertThat(jdbc.sql("select count(*) from password_reset_token where token_hash = :h")
                .param("h", Tokens.sha256(token)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from password_reset_token where token_hash = :t")
                .param("t", token).query(Long.class).single()).isZero();
        // the page behind the link is open to anonymous visitors
        assertThat(new WebClient(port).get("/password-reset/" + token).statusCode()).isEqualTo(200);
        assertThat(reset.usernameFor(token)).contains(name);

        // the policy applies to the new password
        assertThatThrownBy(() -> reset.resetPassword(token, "short"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("newPassword")).contains("password.tooShort"));
        assertThatThrownBy(() -> reset.resetPassword(token, name + "-2024!"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("newPassword")).contains("password.containsUsername"));

        reset.resetPassword(token, "nasi-goreng-pedas-99");
        assertThat(new WebClient(port).login(name, "nasi-goreng-pedas-99")).doesNotContain("/login");
        assertThat(new WebClient(port).login(name, TestUsers.PASSWORD)).endsWith("/login?error");

        // used once, never again
        assertThat(reset.usernameFor(token)).isEmpty();
        assertThatThrownBy(() -> reset.resetPassword(token, "another-good-pass-77"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("token"));
        assertThat(actions(name)).containsSubsequence("identity.password-reset.requested", "identity.password-reset.completed",
                "identity.login");
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        String name = users.create("expired", Role.NOC);
        String email = name + "@test.arus.id";
        reset.requestReset(email);
        String token = linkTokenIn(awaitMailTo(email, 1).get(0));
        jdbc.sql("update password_reset_token set expires_at = now() - interval '1 second' where token_hash = :h")
                .param("h", Tokens.sha256(token)).update();

        assertThat(reset.usernameFor(token)).isEmpty();
        assertThatThrownBy(() -> reset.resetPassword(token, "nasi-goreng-pedas-99"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("token"));
        assertThat(new WebClient(port).login(name, TestUsers.PASSWORD)).doesNotContain("/login");
    }

    @Test
    void theLinkIsValidForAnHour() throws Exception {
        String name = users.create("hour", Role.NOC);
        reset.requestReset(name + "@test.arus.id");
        String token = linkTokenIn(awaitMailTo(name + "@test.arus.id", 1).get(0));
        Instant expires = jdbc.sql("select expires_at from password_reset_token where token_hash = :h")
                .param("h", Tokens.sha256(token)).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofMinutes(58), Duration.ofMinutes(60));
    }

    @Test
    void everyRequestSendsItsOwnMailAndUsingOneLinkVoidsTheOthers() throws Exception {
        String name = users.create("twice", Role.FINANCE);
        String email = name + "@test.arus.id";
        reset.requestReset(email);
        reset.requestReset(email);
        List<MimeMessage> mails = awaitMailTo(email, 2);
        String first = linkTokenIn(mails.get(0));
        String second = linkTokenIn(mails.get(1));
        assertThat(first).isNotEqualTo(second);

        reset.resetPassword(second, "nasi-goreng-pedas-99");
        assertThatThrownBy(() -> reset.resetPassword(first, "another-good-pass-77"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new WebClient(port).login(name, "nasi-goreng-pedas-99")).doesNotContain("/login");
    }

    @Test
    void anUnknownOrDeactivatedAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String inactive = users.create("inactive", Role.CS);
        store.setActive(store.findByUsername(inactive).orElseThrow().id(), false);
        int before = TestInfrastructure.mail().getReceivedMessages().length;

        // returns normally, exactly as for a known address: the page shows the same message either way
        reset.requestReset("nobody-" + System.nanoTime() + "@test.arus.id");
        reset.requestReset(inactive + "@test.arus.id");
        reset.requestReset("");

        Thread.sleep(1500);
        assertThat(TestInfrastructure.mail().getReceivedMessages()).hasSize(before);
        assertThat(jdbc.sql("select count(*) from password_reset_token t join app_user u on u.id = t.user_id where u.username = :u")
                .param("u", inactive).query(Long.class).single()).isZero();
    }

    @Test
    void aFloodOfRequestsForOneAccountSendsAtMostFiveMailsAnHour() throws Exception {
        String name = users.create("flood", Role.CS);
        String email = name + "@test.arus.id";
        for (int i = 0; i < 8; i++) {
            reset.requestReset(email);
        }
        awaitMailTo(email, PasswordReset.MAILS_PER_HOUR);
        Thread.sleep(1000);
        assertThat(Arrays.stream(TestInfrastructure.mail().getReceivedMessages()).filter(m -> recipient(m).equals(email)))
                .hasSize(PasswordReset.MAILS_PER_HOUR);
        assertThat(actions(name)).filteredOn("identity.password-reset.throttled"::equals).hasSize(3);
    }

    private List<String> actions(String username) {
        return jdbc.sql("select action from audit_entry where subject = :s order by id")
                .param("s", "user:" + username).query(String.class).list();
    }

    private static List<MimeMessage> awaitMailTo(String address, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            List<MimeMessage> mine = Arrays.stream(TestInfrastructure.mail().getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
            if (mine.size() >= count || System.currentTimeMillis() > deadline) {
                assertThat(mine).as("mails to " + address).hasSize(count);
                return mine;
            }
            Thread.sleep(100);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String linkTokenIn(MimeMessage mail) throws Exception {
        assertThat(mail.getSubject()).isEqualTo("Atur ulang kata sandi Arus");
        String body = mail.getContent().toString();
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a reset link in: " + body).isTrue();
        return m.group(1);
    }
}
