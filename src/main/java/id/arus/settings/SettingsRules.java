package id.arus.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every setting must pass, in one place: the settings service enforces them on every write and
 * the settings screen uses the same checks for its field messages, so the two can never disagree. Each
 * check returns the message key of the problem, or empty when the value is fine.
 */
public final class SettingsRules {

    public static final int LOGO_MAX_BYTES = 256 * 1024;
    public static final List<String> LOGO_TYPES = List.of("image/png", "image/jpeg", "image/webp");
    public static final List<String> LANGUAGES = List.of("id", "en");
    public static final List<String> CURRENCIES = List.of("IDR");

    // A host name (RFC 1123 labels) or an IPv4 address; IPv6 literals are rare for SMTP and left out.
    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    // Deliberately simple: one @, no spaces or line breaks (which would allow header injection), a dot in the domain.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private SettingsRules() {
    }

    public static Optional<String> companyName(String v) {
        if (blank(v)) return key("required");
        if (v.strip().length() > 200) return key("tooLong");
        return Optional.empty();
    }

    public static Optional<String> address(String v) {
        return v != null && v.strip().length() > 500 ? key("tooLong") : Optional.empty();
    }

    /** Optional: an operator may not have its NPWP yet, but one that is entered must be valid. */
    public static Optional<String> npwp(String v) {
        return blank(v) || Npwp.isValid(v) ? Optional.empty() : key("npwp");
    }

    public static Optional<String> zone(String v) {
        if (blank(v)) return key("required");
        try {
            ZoneId.of(v.strip());
            return Optional.empty();
        } catch (DateTimeException e) {
            return key("zone");
        }
    }

    public static Optional<String> language(String v) {
        return v != null && LANGUAGES.contains(v) ? Optional.empty() : key("language");
    }

    public static Optional<String> currency(String v) {
        return v != null && CURRENCIES.contains(v) ? Optional.empty() : key("currency");
    }

    public static Optional<String> smtpHost(String v) {
        if (blank(v)) return key("required");
        return HOST.matcher(v.strip()).matches() ? Optional.empty() : key("host");
    }

    public static Optional<String> smtpPort(Integer v) {
        if (v == null) return key("required");
        return v >= 1 && v <= 65535 ? Optional.empty() : key("port");
    }

    public static Optional<String> smtpUsername(String v) {
        if (v == null) return Optional.empty();
        if (v.length() > 200) return key("tooLong");
        return v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0 ? key("lineBreak") : Optional.empty();
    }

    public static Optional<String> email(String v) {
        if (blank(v)) return key("required");
        return v.strip().length() <= 254 && EMAIL.matcher(v.strip()).matches() ? Optional.empty() : key("email");
    }

    /** The display name goes into a mail header: a line break there would let it add headers of its own. */
    public static Optional<String> fromName(String v) {
        if (v == null) return Optional.empty();
        if (v.length() > 100) return key("tooLong");
        return v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0 ? key("lineBreak") : Optional.empty();
    }

    /** The image type read from the file's first bytes, or empty when it is none that Arus accepts. */
    public static Optional<String> logoType(byte[] bytes) {
        if (bytes == null) return Optional.empty();
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of("image/png");
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) return Optional.of("image/jpeg");
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) return Optional.of("image/webp");
        return Optional.empty();
    }

    public static Optional<String> logo(byte[] bytes) {
        if (bytes == null || bytes.length == 0) return key("required");
        if (bytes.length > LOGO_MAX_BYTES) return key("logoTooLarge");
        // SVG is refused on purpose: it can carry scripts, and the logo is served back to browsers.
        return logoType(bytes).isPresent() ? Optional.empty() : key("logoType");
    }

    public static List<SettingsViolation> check(CompanyProfile p) {
        List<SettingsViolation> out = new ArrayList<>();
        add(out, "name", companyName(p.name()));
        add(out, "address", address(p.address()));
        add(out, "npwp", npwp(p.npwp()));
        return out;
    }

    public static List<SettingsViolation> check(RegionalSettings r) {
        List<SettingsViolation> out = new ArrayList<>();
        add(out, "zone", r.zone() == null ? key("required") : Optional.empty());
        add(out, "language", language(r.language()));
        add(out, "currency", currency(r.currency()));
        return out;
    }

    public static List<SettingsViolation> check(MailServerSettings m) {
        List<SettingsViolation> out = new ArrayList<>();
        add(out, "host", smtpHost(m.host()));
        add(out, "port", smtpPort(m.port()));
        add(out, "username", smtpUsername(m.username()));
        add(out, "security", m.security() == null ? key("required") : Optional.empty());
        add(out, "fromAddress", email(m.fromAddress()));
        add(out, "fromName", fromName(m.fromName()));
        return out;
    }

    private static void add(List<SettingsViolation> out, String field, Optional<String> problem) {
        problem.ifPresent(key -> out.add(new SettingsViolation(field, key)));
    }

    private static Optional<String> key(String problem) {
        return Optional.of("settings.error." + problem);
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) return false;
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) return false;
        }
        return true;
    }
}
