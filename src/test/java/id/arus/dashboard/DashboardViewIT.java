package id.arus.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.shell.ArusI18n;
import org.springframework.security.test.context.support.WithMockUser;
import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.dashboard.ui.DashboardView;
import id.arus.identity.UserDirectory;
import id.arus.operations.OperationsHealth;
import id.arus.shared.Role;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;

@ArusIT
@WithMockUser(username = "admin", roles = "ADMIN")
class DashboardViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDirectory users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String sessionId = "dashboard-it-" + suffix;

    @BeforeEach
    void signInAsAdmin() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
    }

    @AfterEach
    void tearDown() {
        sessions.removeSessionInformation(sessionId);
        KaribuViews.stop();
    }

    private void createUser(String username, Role role) {
        Long id = jdbc.queryForObject("insert into app_user (username, email, full_name, password_hash) values (?, ?, ?, ?) returning id",
                Long.class, username, username + "@example.test", "Test " + username, "{noop}x");
        jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role.name());
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void showsUsersByRole() {
        createUser("dash-noc-a-" + suffix, Role.NOC);
        createUser("dash-noc-b-" + suffix, Role.NOC);
        long nocs = users.countByRole().get(Role.NOC);
        assertThat(nocs).isGreaterThanOrEqualTo(2);

        KaribuViews.show(DashboardView.class);

        assertThat(text("users-NOC")).isEqualTo("NOC" + nocs);
        assertThat(text("users-by-role")).contains("Keuangan", "Teknisi", "Layanan Pelanggan");
    }

    @Test
    void showsWhoIsSignedInSinceWhenAndFromWhere() {
        User budi = new User("budi-" + suffix, "n/a", List.of(new SimpleGrantedAuthority("ROLE_CS")));
        sessions.registerNewSession(sessionId, budi);

        KaribuViews.show(DashboardView.class);

        assertThat(text("signed-in")).contains("budi-" + suffix).contains("sejak");
    }

    @Test
    void showsRecentActivityFromTheAuditTrail() {
        audit.record(AuditRecord.system("test.dashboard.shown", "subject-" + suffix));

        KaribuViews.show(DashboardView.class);

        String activity = text("recent-activity");
        assertThat(activity).contains("test.dashboard.shown · subject-" + suffix).contains("system");
        assertThat(_find(Div.class, spec -> spec.withClasses("activity-entry"))).hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void showsTheHealthOfEveryPartWithSeverityAndLastError() {
        KaribuViews.show(DashboardView.class);

        for (String component : OperationsHealth.COMPONENTS) {
            String card = text("health-" + component);
            assertThat(card).as(component).contains("UP").containsAnyOf("Normal", "Perlu dicek", "Kritis").contains("OPS-0");
            assertThat(card).as(component).containsAnyOf("Tidak ada galat sejak dijalankan.", "Galat terakhir");
        }
        assertThat(text("health-db")).startsWith("Basis data");
    }
}
