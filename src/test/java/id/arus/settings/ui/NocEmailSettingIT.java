package id.arus.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.settings.SettingsManagement;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The NOC's address for router outage mail, on the settings screen's mail tab. */
@ArusIT
class NocEmailSettingIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    SettingsManagement settings;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void start() {
        KaribuViews.start(context);
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
        jdbc.sql("delete from app_setting where key = 'noc.email'").update();
    }

    @Test
    @WithMockUser(username = "admin-noc-mail", roles = "ADMIN")
    void anAdminSavesTheNocAddressAndAnInvalidOneIsRefused() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("id"));
        UI.getCurrent().navigate(SettingsView.class);
        SettingsView view = _get(SettingsView.class);
        _get(TabSheet.class, spec -> spec.withId("settings-tabs")).setSelectedIndex(2);

        _setValue(view.nocEmail, "bukan alamat");
        _click(view.saveNocEmail);
        assertThat(view.nocEmail.isInvalid()).isTrue();
        assertThat(settings.nocEmail()).isEmpty();

        _setValue(view.nocEmail, "noc@isp.example");
        _click(view.saveNocEmail);
        assertThat(settings.nocEmail()).contains("noc@isp.example");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'settings.noc-email.changed' and actor = 'admin-noc-mail'")
                .query(Long.class).single()).isOne();

        _setValue(view.nocEmail, "");
        _click(view.saveNocEmail);
        assertThat(settings.nocEmail()).isEmpty();
    }

    @Test
    @WithMockUser(username = "noc-not-admin", roles = "NOC")
    void onlyAnAdminChangesIt() {
        assertThatThrownBy(() -> settings.updateNocEmail("noc@isp.example")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.updateNocEmail("x")).isInstanceOf(AccessDeniedException.class);
    }
}
