package id.arus.customer.internal;

import java.util.regex.Pattern;

/**
 * The Indonesian identity number (NIK) printed on the KTP: 16 digits, of which 1-2 are the province
 * (11 Aceh .. 94 Papua), 3-6 the regency and district, 7-12 the birth date as DDMMYY with 40 added to the
 * day for women, and 13-16 a serial number. Only what is certain is checked, so a real NIK is never refused:
 * regency codes change with new regions and the day is not checked against the month's length.
 */
public final class Nik {

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("[0-9]{16}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    private Nik() {
    }

    /** The digits without the spaces, dots or dashes people type between groups. */
    public static String strip(String input) {
        return input == null ? "" : SEPARATORS.matcher(input.trim()).replaceAll("");
    }

    /** Null when the NIK is plausible, else the message key saying why it is not. */
    public static String problem(String nik) {
        if (nik.isEmpty()) {
            return "customer.nik.required";
        }
        if (!SIXTEEN_DIGITS.matcher(nik).matches()) {
            return "customer.nik.format";
        }
        int province = Integer.parseInt(nik.substring(0, 2));
        if (province < 11 || province > 94) {
            return "customer.nik.province";
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        boolean dayOfMan = day >= 1 && day <= 31;
        boolean dayOfWoman = day >= 41 && day <= 71;
        if (!(dayOfMan || dayOfWoman) || month < 1 || month > 12) {
            return "customer.nik.birthDate";
        }
        return null;
    }

    /** {@code 3201********0001}: enough to recognise a record in the audit trail, not enough to misuse it. */
    public static String masked(String nik) {
        if (nik == null || nik.length() != 16) {
            return "****************";
        }
        return nik.substring(0, 4) + "********" + nik.substring(12);
    }
}
