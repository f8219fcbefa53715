package id.arus.settings.ui;

import id.arus.shell.AccessDeniedView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.TestInfrastructure;
import id.arus.settings.CompanyProfile;
import id.arus.settings.SettingsManagement;
import id.arus.settings.SmtpSecurity;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
class SettingsViewIT {

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
        jdbc.sql("delete from app_setting").update();
    }

    private SettingsView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(SettingsView.class);
        return _get(SettingsView.class);
    }

    /** Fields of a tab that is not selected are not editable, as for a user. */
    private static void selectTab(int index) {
        _get(TabSheet.class, spec -> spec.withId("settings-tabs")).setSelectedIndex(index);
    }

    @Test
    @WithMockUser(username = "admin-view", roles = "ADMIN")
    void showsValidationMessagesInIndonesianAndSavesAValidCompany() {
        SettingsView view = open(Locale.forLanguageTag("id"));
        _setValue(view.companyName, "");
        _setValue(view.npwp, "12.345");
        _click(view.saveCompany);
        assertThat(view.companyName.isInvalid()).isTrue();
        assertThat(view.companyName.getErrorMessage()).isEqualTo("Wajib diisi");
        assertThat(view.npwp.getErrorMessage()).isEqualTo("NPWP harus 15 atau 16 digit, atau berformat 99.999.999.9-999.999");
        assertThat(settings.company()).isEqualTo(CompanyProfile.EMPTY);

        _setValue(view.companyName, "PT Arus Net");
        _setValue(view.npwp, "01.234.567.8-901.000");
        _click(view.saveCompany);
        assertThat(settings.company().name()).isEqualTo("PT Arus Net");
        assertThat(settings.company().npwp()).isEqualTo("012345678901000");
    }

    @Test
    @WithMockUser(username = "admin-view", roles = "ADMIN")
    void showsValidationMessagesInEnglish() {
        SettingsView view = open(Locale.ENGLISH);
        selectTab(2);
        _setValue(view.port, 70000);
        _setValue(view.fromAddress, "nobody");
        _click(view.saveMail);
        assertThat(view.port.getErrorMessage()).isEqualTo("The port must be between 1 and 65535");
        assertThat(settings.mailServer()).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin-view", roles = "ADMIN")
    void savesSmtpWithoutEverShowingThePasswordAndReportsTestMailResults() {
        SettingsView view = open(Locale.ENGLISH);
        selectTab(2);
        _setValue(view.host, "127.0.0.1");
        _setValue(view.port, TestInfrastructure.mail().getSmtp().getPort());
        _setValue(view.security, SmtpSecurity.NONE);
        _setValue(view.username, "");
        _setValue(view.fromAddress, "noc@isp.example");
        _click(view.saveMail);
        assertThat(settings.mailServer()).get().extracting(s -> s.fromAddress()).isEqualTo("noc@isp.example");

        _setValue(view.testRecipient, "admin@isp.example");
        _click(view.sendTest);
        assertThat(view.testResult.getText()).isEqualTo("Test email sent to admin@isp.example");

        _setValue(view.port, 1); // nothing listens on port 1
        _click(view.sendTest);
        assertThat(view.testResult.getText()).startsWith("Test email failed: Mail to admin@isp.example could not be sent through 127.0.0.1:1");

        // a stored password comes back as a placeholder, never as the field's value
        _setValue(view.port, TestInfrastructure.mail().getSmtp().getPort());
        _setValue(view.username, "noc");
        _setValue(view.password, "Sangat-Rahasia-1");
        _click(view.saveMail);
        assertThat(settings.mailServer().get().password()).isEqualTo("Sangat-Rahasia-1");
        SettingsView reopened = open(Locale.ENGLISH);
        selectTab(2);
        PasswordField password = reopened.password;
        assertThat(password.getValue()).isEmpty();
        assertThat(password.getPlaceholder()).isEqualTo("(stored)");
    }

    @Test
    @WithMockUser(username = "cs-view", roles = "CS")
    void aNonAdminCannotOpenIt() {
        UI.getCurrent().navigate("admin/settings");
        // Vaadin's access control refuses the route before the view (and its service calls) is created,
        // and the UI shows Arus's "not for your account" page instead
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(SettingsView.class::isInstance)
                .anyMatch(AccessDeniedView.class::isInstance);
    }
}
