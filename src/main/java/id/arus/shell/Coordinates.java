package id.arus.shell;

import id.arus.shared.GeoPoint;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a place typed or pasted as text: {@code -6.2, 106.8}, {@code -6.2,106.8} or {@code -6.2 106.8}
 * (latitude first, as map apps copy it). Anything else, including out-of-range degrees, is no place.
 */
public final class Coordinates {

    private static final Pattern PAIR = Pattern.compile("\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*[,;\\s]\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*");

    private Coordinates() {
    }

    public static Optional<GeoPoint> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PAIR.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        double latitude = Double.parseDouble(m.group(1));
        double longitude = Double.parseDouble(m.group(2));
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(latitude, longitude));
    }

    /** {@code -6.200000, 106.816666}: the form {@link #parse} reads back, with a space for readability. */
    public static String format(GeoPoint point) {
        return point == null ? "" : point.format().replace(",", ", ");
    }
}
