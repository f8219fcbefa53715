package id.arus.settings;

import java.util.regex.Pattern;

/**
 * The Indonesian taxpayer number. The classic NPWP has 15 digits, written {@code 99.999.999.9-999.999};
 * since 2024 a 16-digit NPWP (the NIK for individuals, a 16-digit number for companies) is valid too.
 * Accepted input: 15 or 16 bare digits, or 15 digits in exactly the classic layout. Anything else is
 * refused rather than guessed, because a wrong NPWP on a tax invoice is worse than none.
 */
public final class Npwp {

    private static final Pattern BARE = Pattern.compile("\\d{15}|\\d{16}");
    private static final Pattern CLASSIC = Pattern.compile("\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}");

    private Npwp() {
    }

    public static boolean isValid(String input) {
        if (input == null) {
            return false;
        }
        String s = input.strip();
        return BARE.matcher(s).matches() || CLASSIC.matcher(s).matches();
    }

    /** The digits of a valid NPWP, as stored. */
    public static String normalize(String input) {
        if (!isValid(input)) {
            throw new IllegalArgumentException("Not an NPWP: 15 or 16 digits, or 99.999.999.9-999.999");
        }
        return input.strip().replaceAll("\\D", "");
    }

    /** The classic layout for 15 digits; 16-digit numbers have no punctuation. */
    public static String format(String digits) {
        if (digits == null || digits.length() != 15) {
            return digits;
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 8) + "."
                + digits.charAt(8) + "-" + digits.substring(9, 12) + "." + digits.substring(12, 15);
    }
}
