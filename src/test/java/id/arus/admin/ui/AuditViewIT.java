package id.arus.admin.ui;

import id.arus.shell.AccessDeniedView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.audit.AuditEntry;
import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
class AuditViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail audit;

    private final String tag = "v" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void start() {
        KaribuViews.start(context);
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    @WithMockUser(username = "admin-view", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void adminFiltersTheTrailSeesBeforeAndAfterAndVerifiesTheChain() {
        audit.record(AuditRecord.of("test.view.changed", "customer:" + tag)
                .withBefore(Map.of("plan", "10 Mbps")).withAfter(Map.of("plan", "20 Mbps")));
        audit.record(AuditRecord.of("test.view.other", "customer:" + tag));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(AuditView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("audit-text")), tag);
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);

        _setValue(_get(TextField.class, spec -> spec.withId("audit-action")), "test.view.changed");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        AuditEntry row = GridKt._get(grid, 0);
        assertThat(row.before()).contains("10 Mbps");
        assertThat(row.after()).contains("20 Mbps");
        // the details row renders the values before and after
        var details = _get(AuditView.class).details(row);
        assertThat(_find(details, Pre.class)).extracting(Pre::getText)
                .containsExactly("{\"plan\":\"10 Mbps\"}", "{\"plan\":\"20 Mbps\"}");

        _click(_get(Button.class, spec -> spec.withId("audit-verify")));
        assertThat(_get(Span.class, spec -> spec.withId("audit-verify-result")).getText()).startsWith("Chain intact");
        // times are shown in the operator's zone, and the screen says which
        assertThat(_get(Span.class, spec -> spec.withText("Times shown in Asia/Jakarta"))).isNotNull();
        assertThat(_get(AuditView.class).currentQuery().text()).isEqualTo(tag);
    }

    @Test
    @WithMockUser(username = "noc-view", roles = "NOC")
    void aNonAdminCannotOpenIt() {
        UI.getCurrent().navigate("admin/audit");
        // Vaadin's access control refuses the route before the view (and its service calls) is created,
        // and the UI shows Arus's "not for your account" page instead
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(AuditView.class::isInstance)
                .anyMatch(AccessDeniedView.class::isInstance);
    }
}
