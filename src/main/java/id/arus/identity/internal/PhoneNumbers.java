package id.arus.identity.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian phone numbers as people type them (0812-3456-7890, 62 812 3456 7890, +62 (21) 555 1234,
 * 812345678) in the one form Arus stores and WhatsApp gateways accept: {@code +62} followed by the
 * national number without its leading 0.
 */
public final class PhoneNumbers {

    /** A national number: area code or mobile prefix (never 0 or 1), 8 to 12 digits in all. */
    private static final Pattern NATIONAL = Pattern.compile("[2-9][0-9]{7,11}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/]");

    private PhoneNumbers() {
    }

    /** The normalised number, or empty when the input is not an Indonesian phone number. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(input.trim()).replaceAll("");
        String national;
        if (s.startsWith("+62")) {
            national = s.substring(3);
        } else if (s.startsWith("0062")) {
            national = s.substring(4);
        } else if (s.startsWith("62") && s.length() > 10) {
            // "62812..." without the plus; a short local number starting with 62 is not this case
            national = s.substring(2);
        } else if (s.startsWith("0")) {
            national = s.substring(1);
        } else if (s.startsWith("8")) {
            // mobile numbers are often written without the leading 0
            national = s;
        } else {
            return Optional.empty();
        }
        // "+62 0812..." is a common mix of both conventions
        if (national.startsWith("0")) {
            national = national.substring(1);
        }
        return NATIONAL.matcher(national).matches() ? Optional.of("+62" + national) : Optional.empty();
    }
}
