package id.arus.network.internal;

import java.util.regex.Pattern;

/**
 * What a desired entry must look like before Arus stores it, so a typing mistake is a clear message now
 * rather than a {@code !trap} from the router at the next reconcile. Every check throws
 * {@link IllegalArgumentException} naming the entry and the field.
 */
public final class DesiredRules {

    /** A rate in bits per second, optionally with k, M or G: {@code 512k}, {@code 10M}, {@code 1000000}. */
    private static final String RATE = "\\d+(?:\\.\\d+)?[kKMG]?";
    /** A burst time: seconds, or with a unit ({@code 8}, {@code 8s}, {@code 1m}). */
    private static final String TIME = "\\d+(?:ms|s|m|h)?";

    private static final Pattern RATE_PAIR = Pattern.compile(RATE + "/" + RATE);
    private static final Pattern TIME_PAIR = Pattern.compile(TIME + "/" + TIME);
    /**
     * RouterOS's rate limit (the same syntax PPP profiles, hotspot profiles and RADIUS use):
     * {@code rx[/tx] [burst-rx[/burst-tx] [threshold-rx[/threshold-tx] [time-rx[/time-tx] [priority] [min-rx[/min-tx]]]]]}.
     */
    private static final Pattern RATE_LIMIT = Pattern.compile(
            RATE + "(?:/" + RATE + ")?"
                    + "(?: " + RATE + "(?:/" + RATE + ")?"
                    + "(?: " + RATE + "(?:/" + RATE + ")?"
                    + "(?: " + TIME + "(?:/" + TIME + ")?"
                    + "(?: [1-8]"
                    + "(?: " + RATE + "(?:/" + RATE + ")?)?)?)?)?)?");
    private static final Pattern IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}");
    private static final int MAX_NAME = 100;

    private DesiredRules() {
    }

    /**
     * A name RouterOS accepts and Arus can address unambiguously: not blank, at most 100 characters, no
     * control characters, and not starting with {@code *} (RouterOS would read it as an internal id).
     */
    public static String name(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " needs a name");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException(what + " '" + name.substring(0, 20) + "...': a name has at most " + MAX_NAME + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " '" + name.strip() + "': the name holds a control character (tab, new line)");
        }
        if (name.startsWith("*")) {
            throw new IllegalArgumentException(what + " '" + name + "': a name may not start with * (RouterOS reads that as an internal id)");
        }
        if (!name.equals(name.strip())) {
            throw new IllegalArgumentException(what + " '" + name.strip() + "': the name starts or ends with a space");
        }
        return name;
    }

    /** A rate limit such as {@code 10M/20M} or {@code 10M/20M 15M/25M 8M/16M 8/8 5 5M/10M}; null or blank means none. */
    public static String rateLimit(String what, String value) {
        if (blank(value)) {
            return null;
        }
        String trimmed = value.strip();
        if (!RATE_LIMIT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(what + ": rate limit '" + value + "' is not RouterOS syntax; write upload/download"
                    + " such as 10M/20M, optionally followed by burst-rate, burst-threshold, burst-time, priority (1-8)"
                    + " and limit-at, e.g. 10M/20M 15M/25M 8M/16M 8/8 5 5M/10M");
        }
        return trimmed;
    }

    /** A pair of rates {@code upload/download} such as {@code 5M/10M}; null or blank means RouterOS's default. */
    public static String ratePair(String what, String field, String value) {
        if (blank(value)) {
            return null;
        }
        if (!RATE_PAIR.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException(what + ": " + field + " '" + value + "' must be upload/download, e.g. 5M/10M");
        }
        return value.strip();
    }

    /** A pair of burst times such as {@code 8s/8s}. */
    public static String timePair(String what, String field, String value) {
        if (blank(value)) {
            return null;
        }
        if (!TIME_PAIR.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException(what + ": " + field + " '" + value + "' must be upload/download seconds, e.g. 8s/8s");
        }
        return value.strip();
    }

    /** An IPv4 or IPv6 address, optionally with a prefix length ({@code 10.0.0.0/24}). */
    public static String address(String what, String field, String value) {
        if (blank(value)) {
            throw new IllegalArgumentException(what + " needs " + field);
        }
        String trimmed = value.strip();
        int slash = trimmed.indexOf('/');
        String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
        boolean v4 = IPV4.matcher(host).matches();
        boolean v6 = !v4 && IPV6.matcher(host).matches();
        int maxPrefix = v4 ? 32 : 128;
        boolean prefixOk = slash < 0 || trimmed.substring(slash + 1).matches("\\d{1,3}")
                && Integer.parseInt(trimmed.substring(slash + 1)) <= maxPrefix;
        if (!(v4 || v6) || !prefixOk) {
            throw new IllegalArgumentException(what + ": " + field + " '" + value + "' is not an IP address or network"
                    + " (e.g. 10.9.0.2 or 10.9.0.0/24)");
        }
        return trimmed;
    }

    /** A single IPv4 or IPv6 address without a prefix; null or blank allowed (not set). */
    public static String hostAddress(String what, String field, String value) {
        if (blank(value)) {
            return null;
        }
        String address = address(what, field, value);
        if (address.contains("/")) {
            throw new IllegalArgumentException(what + ": " + field + " '" + value + "' must be one address, without /prefix");
        }
        return address;
    }

    /** An address, or the name of an {@code /ip/pool} (PPP profiles take either); null or blank allowed. */
    public static String addressOrPool(String what, String field, String value) {
        if (blank(value)) {
            return null;
        }
        String trimmed = value.strip();
        if (Character.isDigit(trimmed.charAt(0)) && trimmed.matches("[0-9./]+") || trimmed.contains(":")) {
            return hostAddress(what, field, trimmed);
        }
        return name(what + " " + field + " pool", trimmed);
    }

    /** An address-list name: not blank, no spaces (Arus keys entries by "list address"). */
    public static String listName(String what, String value) {
        if (blank(value) || value.strip().chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(what + " needs a list name without spaces, e.g. isolir");
        }
        return name(what, value.strip());
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
