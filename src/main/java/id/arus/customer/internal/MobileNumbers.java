package id.arus.customer.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer's mobile number as people write it (0812-3456-7890, 62 812 3456 7890, +62.812.3456.7890) in
 * E.164 ({@code +62812...}). Only mobile numbers are accepted: the number is where the ISP sends WhatsApp
 * and SMS reminders, so a landline (021 555 1234) is refused. Identity's phone rule accepts landlines for
 * staff, hence this stricter one of the customer module's own.
 */
public final class MobileNumbers {

    /** Indonesian mobile numbers: 8, then 8 to 11 more digits (0812-345-678 up to 0812-3456-78901). */
    private static final Pattern MOBILE = Pattern.compile("8[0-9]{8,11}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]+");

    private MobileNumbers() {
    }

    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(input.trim()).replaceAll("");
        if (!DIGITS.matcher(s).matches()) {
            return Optional.empty();
        }
        String national;
        if (s.startsWith("+62")) {
            national = s.substring(3);
        } else if (s.startsWith("62")) {
            national = s.substring(2);
        } else if (s.startsWith("0")) {
            national = s.substring(1);
        } else {
            return Optional.empty();
        }
        if (national.startsWith("0")) {
            // "+62 0812..." mixes both conventions
            national = national.substring(1);
        }
        return MOBILE.matcher(national).matches() ? Optional.of("+62" + national) : Optional.empty();
    }

    /**
     * What a search for a number typed in any form should look for in the stored {@code +62...} form: the
     * digits, with a leading 0 turned into 62, so "0812 34" finds +6281234.... Null when the text is not a
     * number.
     */
    public static String searchForm(String text) {
        String s = SEPARATORS.matcher(text.trim()).replaceAll("");
        if (s.length() < 3 || !DIGITS.matcher(s).matches()) {
            return null;
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        return s.startsWith("0") ? "62" + s.substring(1) : s;
    }
}
