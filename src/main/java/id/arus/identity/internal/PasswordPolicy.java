package id.arus.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must satisfy. Length matters far more than character classes, so the rules
 * are: at least 10 characters, not the username or e-mail name in disguise, not one of the passwords
 * every attacker tries first, and not a single repeated character or a plain run like 1234567890.
 * Each violation is a message key under {@code password.}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** Passwords of 10+ characters that top every breach list, in Indonesia too. */
    private static final Set<String> COMMON = Set.of(
            "1234567890", "0123456789", "qwertyuiop", "password123", "password1234", "passw0rd123", "iloveyou123",
            "admin12345", "administrator", "bismillah123", "indonesia123", "sayangku123", "katasandi123",
            "qwerty12345", "1q2w3e4r5t", "abcdefghij", "aaaaaaaaaa", "welcome123", "superman123", "rahasia123");

    private PasswordPolicy() {
    }

    /** The message keys of every rule the password breaks; empty when it is acceptable. */
    public static List<String> violations(String password, String username, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("password.required");
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        if (email != null && email.contains("@")) {
            String mailbox = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (mailbox.length() >= 3 && lower.contains(mailbox) && !problems.contains("password.containsUsername")) {
                problems.add("password.containsEmail");
            }
        }
        if (COMMON.contains(lower) || isRun(lower)) {
            problems.add("password.tooCommon");
        } else if (lower.chars().distinct().count() < 4) {
            problems.add("password.tooSimple");
        }
        return problems;
    }

    /** abcdefghij, 9876543210: each character one step from the last. */
    private static boolean isRun(String s) {
        if (s.length() < 2) {
            return false;
        }
        int step = s.charAt(1) - s.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (s.charAt(i) - s.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
