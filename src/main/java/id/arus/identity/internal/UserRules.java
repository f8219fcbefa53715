package id.arus.identity.internal;

import id.arus.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the fields of a user in one pass and collects every problem, so a form shows all of them at
 * once instead of one per attempt. Values come back trimmed and normalised.
 */
public final class UserRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    // deliberately loose: the real check is whether the reset mail arrives
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public String username(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.isEmpty()) {
            add("username", "user.username.required");
        } else if (!USERNAME.matcher(v).matches()) {
            add("username", "user.username.invalid");
        }
        return v;
    }

    public String fullName(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            add("fullName", "user.fullName.required");
        } else if (v.length() > 200) {
            add("fullName", "user.fullName.tooLong");
        }
        return v;
    }

    public String email(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            add("email", "user.email.required");
        } else if (v.length() > 254 || !EMAIL.matcher(v).matches()) {
            add("email", "user.email.invalid");
        }
        return v;
    }

    /** Optional; when given it must be an Indonesian number, stored as +62... */
    public String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return PhoneNumbers.normalise(value).orElseGet(() -> {
            add("phone", "user.phone.invalid");
            return value.trim();
        });
    }

    public String language(String value) {
        String v = value == null || value.isBlank() ? "id" : value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!v.equals("id") && !v.equals("en")) {
            add("language", "user.language.invalid");
        }
        return v;
    }

    public void password(String field, String password, String username, String email) {
        PasswordPolicy.violations(password, username, email).forEach(key -> add(field, key));
    }

    public void add(String field, String key) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
