package id.arus.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.audit.AuditEntry;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
@WithMockUser(username = "admin-settings", roles = "ADMIN")
class SettingsIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    SettingsManagement settings;
    @Autowired
    OperatorZone operatorZone;
    @Autowired
    Localization localization;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    /** Settings are global: put the defaults back so other test classes (mail!) see an untouched Arus. */
    @AfterEach
    void restoreDefaults() {
        jdbc.sql("delete from app_setting").update();
    }

    @Test
    void refusesInvalidValuesWithOneMessageKeyPerField() {
        assertThatThrownBy(() -> settings.updateCompany(new CompanyProfile(" ", "Jl. Merdeka 1", "12.345.678")))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        new SettingsViolation("name", "settings.error.required"),
                        new SettingsViolation("npwp", "settings.error.npwp")));
        assertThatThrownBy(() -> settings.updateRegional(new RegionalSettings(ZoneId.of("UTC"), "fr", "USD")))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.violations()).extracting(SettingsViolation::field)
                        .containsExactlyInAnyOrder("language", "currency"));
        assertThatThrownBy(() -> settings.updateMailServer(new MailServerSettings("smtp bad host", 70000, "u\r\nBcc: x", "p",
                SmtpSecurity.STARTTLS, "not-an-address", "Arus\nBcc: victim@example.com")))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.violations()).extracting(SettingsViolation::field)
                        .containsExactlyInAnyOrder("host", "port", "username", "fromAddress", "fromName"));
        assertThat(settings.company()).isEqualTo(CompanyProfile.EMPTY);
        assertThat(settings.mailServer()).isEmpty();
    }

    @Test
    void storesTheCompanyWithANormalisedNpwpAndAuditsBeforeAndAfter() {
        settings.updateCompany(new CompanyProfile("PT Arus Net", "Jl. Merdeka 1, Bandung", "01.234.567.8-901.000"));
        assertThat(settings.company()).isEqualTo(new CompanyProfile("PT Arus Net", "Jl. Merdeka 1, Bandung", "012345678901000"));

        settings.updateCompany(new CompanyProfile("PT Arus Nusantara", "Jl. Merdeka 1, Bandung", "3174012345670001"));
        AuditEntry last = latest("settings.company.changed");
        assertThat(last.actor()).isEqualTo("admin-settings");
        assertThat(last.before()).contains("\"name\":\"PT Arus Net\"").contains("012345678901000");
        assertThat(last.after()).contains("\"name\":\"PT Arus Nusantara\"").contains("3174012345670001");
    }

    @Test
    void keepsTheSmtpPasswordEncryptedNeverAuditsItAndKeepsItWhenLeftBlank() {
        String secret = "Rahasia-" + System.nanoTime();
        settings.updateMailServer(new MailServerSettings("smtp.example.co.id", 587, "billing", secret, SmtpSecurity.STARTTLS,
                "billing@example.co.id", "Tagihan Arus"));

        String raw = jdbc.sql("select value from app_setting where key = 'mail.password'").query(String.class).single();
        assertThat(raw).startsWith("v1:").doesNotContain(secret);
        assertThat(settings.mailServer()).get().extracting(MailServerSettings::password).isEqualTo(secret);
        assertThat(settings.mailServer().get().toString()).doesNotContain(secret);

        AuditEntry changed = latest("settings.mail.changed");
        assertThat(changed.after()).contains("\"password\":\"***\"").doesNotContain(secret);
        assertThat(changed.detail()).isEqualTo("password changed");

        // a blank password on the form means "keep the stored one"
        settings.updateMailServer(new MailServerSettings("smtp2.example.co.id", 465, "billing", "", SmtpSecurity.SSL,
                "billing@example.co.id", "Tagihan Arus"));
        assertThat(settings.mailServer().get().password()).isEqualTo(secret);
        assertThat(settings.mailServer().get().host()).isEqualTo("smtp2.example.co.id");
        AuditEntry kept = latest("settings.mail.changed");
        assertThat(kept.before()).contains("\"password\":\"***\"").doesNotContain(secret);
        assertThat(kept.after()).contains("\"password\":\"***\"").contains("smtp2.example.co.id");
        assertThat(kept.detail()).isNull();

        // no username: no login, and the stored password is dropped
        settings.updateMailServer(new MailServerSettings("relay.local", 25, "", "", SmtpSecurity.NONE, "arus@relay.local", null));
        assertThat(settings.mailServer().get().password()).isNull();
        assertThat(jdbc.sql("select count(*) from app_setting where key = 'mail.password'").query(Long.class).single()).isZero();
    }

    @Test
    void storesRegionalDefaultsThatOtherModulesRead() {
        assertThat(operatorZone.zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(localization.defaultLocale()).isEqualTo(Locale.forLanguageTag("id"));
        assertThat(localization.currency()).isEqualTo("IDR");

        settings.updateRegional(new RegionalSettings(ZoneId.of("Asia/Makassar"), "en", "IDR"));
        assertThat(operatorZone.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(localization.defaultLocale()).isEqualTo(Locale.ENGLISH);
        AuditEntry last = latest("settings.regional.changed");
        assertThat(last.before()).contains("Asia/Jakarta");
        assertThat(last.after()).contains("Asia/Makassar");
    }

    @Test
    void acceptsOnlySmallPngJpegOrWebpLogosJudgedByTheirBytes() {
        assertThatThrownBy(() -> settings.updateLogo("<svg onload=alert(1)>".getBytes()))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.violations())
                        .containsExactly(new SettingsViolation("logo", "settings.error.logoType")));
        byte[] huge = Arrays.copyOf(PNG, SettingsRules.LOGO_MAX_BYTES + 1);
        assertThatThrownBy(() -> settings.updateLogo(huge))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.violations())
                        .containsExactly(new SettingsViolation("logo", "settings.error.logoTooLarge")));

        settings.updateLogo(PNG);
        assertThat(settings.logo()).get().satisfies(l -> {
            assertThat(l.contentType()).isEqualTo("image/png");
            assertThat(l.bytes()).isEqualTo(PNG);
        });
        assertThat(latest("settings.logo.changed").after()).contains("\"bytes\":16").contains("image/png");
        settings.removeLogo();
        assertThat(settings.logo()).isEmpty();
    }

    @Test
    @WithMockUser(username = "noc", roles = "NOC")
    void refusesChangesFromNonAdminsButLetsThemRead() {
        assertThatThrownBy(() -> settings.updateCompany(new CompanyProfile("PT X", "", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.updateRegional(RegionalSettings.DEFAULTS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.updateMailServer(new MailServerSettings("h.local", 25, null, null, SmtpSecurity.NONE, "a@h.local", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.updateLogo(PNG)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.sendTestMail(new MailServerSettings("h.local", 25, null, null, SmtpSecurity.NONE, "a@h.local", null), "a@h.local"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(settings.company()).isEqualTo(CompanyProfile.EMPTY);
        assertThat(operatorZone.zone()).isEqualTo(OperatorZone.DEFAULT);
    }

    private AuditEntry latest(String action) {
        List<AuditEntry> entries = audit.search(new AuditQuery(null, null, null, action, null), 0, 1);
        assertThat(entries).as("an audit entry " + action).isNotEmpty();
        return entries.get(0);
    }
}
