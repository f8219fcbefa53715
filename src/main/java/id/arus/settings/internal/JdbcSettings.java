package id.arus.settings.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.platform.SecretCipher;
import id.arus.settings.CompanyLogo;
import id.arus.settings.CompanyProfile;
import id.arus.settings.InvalidSettingsException;
import id.arus.settings.Localization;
import id.arus.settings.MailServerSettings;
import id.arus.settings.Npwp;
import id.arus.settings.OperatorZone;
import id.arus.settings.RegionalSettings;
import id.arus.settings.SettingsManagement;
import id.arus.settings.SettingsRules;
import id.arus.settings.SettingsViolation;
import id.arus.settings.SmtpSecurity;
import id.arus.settings.TestMailFailedException;
import id.arus.settings.TestMailSender;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings kept as typed sections over {@code app_setting}. Nothing is cached: every read goes to the
 * database, so a change made on one Arus node is seen by the others at once (settings are read per
 * screen or per mail, not per row, so this costs little).
 */
@Service
class JdbcSettings implements SettingsManagement, OperatorZone, Localization {

    private static final Logger log = LoggerFactory.getLogger(JdbcSettings.class);
    private static final String SECRET = "***";
    private static final String LOGO = "company.logo";
    private static final String NOC_EMAIL = "noc.email";

    private final SettingStore store;
    private final SecretCipher cipher;
    private final AuditTrail audit;
    private final ObjectProvider<TestMailSender> testMail;

    JdbcSettings(SettingStore store, SecretCipher cipher, AuditTrail audit, ObjectProvider<TestMailSender> testMail) {
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
        this.testMail = testMail;
    }

    // ---- reads: open to every caller (see SettingsManagement)

    @Override
    public CompanyProfile company() {
        Map<String, String> s = store.section("company.");
        return new CompanyProfile(s.getOrDefault("company.name", ""), s.getOrDefault("company.address", ""), s.get("company.npwp"));
    }

    @Override
    public Optional<CompanyLogo> logo() {
        return store.binary(LOGO).map(b -> new CompanyLogo(b.contentType(), b.data()));
    }

    @Override
    public RegionalSettings regional() {
        Map<String, String> s = store.section("regional.");
        ZoneId zone = OperatorZone.DEFAULT;
        String stored = s.get("regional.zone");
        if (stored != null) {
            try {
                zone = ZoneId.of(stored);
            } catch (DateTimeException e) {
                // a zone the JDK no longer knows (tzdata change): keep working in the default zone
                log.warn("Stored time zone {} is unknown to this JDK; using {}", stored, OperatorZone.DEFAULT);
            }
        }
        return new RegionalSettings(zone, s.getOrDefault("regional.language", "id"), s.getOrDefault("regional.currency", "IDR"));
    }

    @Override
    public ZoneId zone() {
        return regional().zone();
    }

    @Override
    public Locale defaultLocale() {
        return Locale.forLanguageTag(regional().language());
    }

    @Override
    public String currency() {
        return regional().currency();
    }

    @Override
    public Optional<MailServerSettings> mailServer() {
        Map<String, String> s = store.section("mail.");
        if (!s.containsKey("mail.host")) {
            return Optional.empty();
        }
        String encrypted = s.get("mail.password");
        return Optional.of(new MailServerSettings(s.get("mail.host"), Integer.parseInt(s.getOrDefault("mail.port", "25")),
                s.get("mail.username"), encrypted == null ? null : cipher.decrypt(encrypted),
                SmtpSecurity.valueOf(s.getOrDefault("mail.security", SmtpSecurity.NONE.name())),
                s.get("mail.from-address"), s.get("mail.from-name")));
    }

    @Override
    public Optional<String> nocEmail() {
        return Optional.ofNullable(store.section(NOC_EMAIL).get(NOC_EMAIL));
    }

    // ---- writes: ADMIN only, validated, audited in the same transaction

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateNocEmail(String address) {
        String after = address == null || address.isBlank() ? null : address.strip();
        if (after != null) {
            SettingsRules.email(after).ifPresent(key -> {
                throw new InvalidSettingsException(List.of(new SettingsViolation("nocEmail", key)));
            });
        }
        String before = nocEmail().orElse(null);
        if (Objects.equals(before, after)) {
            return;
        }
        store.put(NOC_EMAIL, after);
        audit.record(AuditRecord.of("settings.noc-email.changed", "settings:noc").withBefore(before).withAfter(after));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateCompany(CompanyProfile profile) {
        requireValid(SettingsRules.check(profile));
        CompanyProfile before = company();
        CompanyProfile after = new CompanyProfile(profile.name().strip(), profile.address() == null ? "" : profile.address().strip(),
                profile.npwp() == null || profile.npwp().isBlank() ? null : Npwp.normalize(profile.npwp()));
        if (after.equals(before)) {
            return;
        }
        store.put("company.name", after.name());
        store.put("company.address", after.address());
        store.put("company.npwp", after.npwp());
        audit.record(AuditRecord.of("settings.company.changed", "settings:company").withBefore(before).withAfter(after));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateLogo(byte[] image) {
        SettingsRules.logo(image).ifPresent(key -> {
            throw new InvalidSettingsException(List.of(new SettingsViolation("logo", key)));
        });
        String type = SettingsRules.logoType(image).orElseThrow();
        Optional<CompanyLogo> before = logo();
        store.putBinary(LOGO, type, image);
        audit.record(AuditRecord.of("settings.logo.changed", "settings:company")
                .withBefore(before.map(JdbcSettings::describe).orElse(null))
                .withAfter(describe(new CompanyLogo(type, image))));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeLogo() {
        logo().ifPresent(before -> {
            store.remove(LOGO);
            audit.record(AuditRecord.of("settings.logo.removed", "settings:company").withBefore(describe(before)));
        });
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateRegional(RegionalSettings regional) {
        requireValid(SettingsRules.check(regional));
        RegionalSettings before = regional();
        if (regional.equals(before)) {
            return;
        }
        store.put("regional.zone", regional.zone().getId());
        store.put("regional.language", regional.language());
        store.put("regional.currency", regional.currency());
        audit.record(AuditRecord.of("settings.regional.changed", "settings:regional")
                .withBefore(regionalForAudit(before)).withAfter(regionalForAudit(regional)));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateMailServer(MailServerSettings server) {
        requireValid(SettingsRules.check(server));
        Optional<MailServerSettings> before = mailServer();
        boolean newPassword = server.authenticates() && server.password() != null && !server.password().isEmpty();
        String password = !server.authenticates() ? null
                : newPassword ? server.password()
                : before.map(MailServerSettings::password).orElse(null);
        MailServerSettings after = new MailServerSettings(server.host().strip(), server.port(),
                server.authenticates() ? server.username().strip() : null, password, server.security(),
                server.fromAddress().strip(), server.fromName() == null || server.fromName().isBlank() ? null : server.fromName().strip());
        if (before.isPresent() && before.get().equals(after)) {
            return;
        }
        store.put("mail.host", after.host());
        store.put("mail.port", Integer.toString(after.port()));
        store.put("mail.username", after.username());
        // A fresh nonce per save: the same password never gives the same stored text twice.
        store.put("mail.password", password == null ? null : cipher.encrypt(password));
        store.put("mail.security", after.security().name());
        store.put("mail.from-address", after.fromAddress());
        store.put("mail.from-name", after.fromName());
        audit.record(AuditRecord.of("settings.mail.changed", "settings:mail")
                .withBefore(before.map(JdbcSettings::mailForAudit).orElse(null))
                .withAfter(mailForAudit(after))
                .withDetail(newPassword ? "password changed" : null));
        log.info("SMTP settings changed: {}:{} ({})", after.host(), after.port(), after.security());
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void sendTestMail(MailServerSettings server, String recipient) {
        List<SettingsViolation> problems = new java.util.ArrayList<>(SettingsRules.check(server));
        SettingsRules.email(recipient).ifPresent(key -> problems.add(new SettingsViolation("recipient", key)));
        requireValid(problems);
        MailServerSettings effective = server.authenticates() && (server.password() == null || server.password().isEmpty())
                ? server.withPassword(mailServer().map(MailServerSettings::password).orElse(null))
                : server;
        TestMailSender sender = testMail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No module in this build sends mail");
        }
        Map<String, Object> target = mailForAudit(effective);
        target.put("recipient", recipient.strip());
        // Recorded whatever the outcome (each in its own transaction): a failed attempt is worth knowing too.
        try {
            sender.sendTestMail(effective, recipient.strip());
        } catch (TestMailFailedException e) {
            audit.record(AuditRecord.of("settings.mail.tested", "settings:mail").withAfter(target).withDetail("failed: " + e.getMessage()));
            throw e;
        }
        audit.record(AuditRecord.of("settings.mail.tested", "settings:mail").withAfter(target).withDetail("sent"));
    }

    private static void requireValid(List<SettingsViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidSettingsException(violations);
        }
    }

    private static Map<String, Object> regionalForAudit(RegionalSettings r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zone", r.zone().getId());
        m.put("language", r.language());
        m.put("currency", r.currency());
        return m;
    }

    /** The server as the trail shows it: the password only as whether one is set. */
    private static Map<String, Object> mailForAudit(MailServerSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("host", s.host());
        m.put("port", s.port());
        m.put("username", s.username());
        m.put("password", s.password() == null || s.password().isEmpty() ? null : SECRET);
        m.put("security", Objects.toString(s.security(), null));
        m.put("fromAddress", s.fromAddress());
        m.put("fromName", s.fromName());
        return m;
    }

    /** A logo in the trail: its type, size and digest, not the image. */
    private static Map<String, Object> describe(CompanyLogo logo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contentType", logo.contentType());
        m.put("bytes", logo.bytes().length);
        try {
            m.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(logo.bytes())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }
}
