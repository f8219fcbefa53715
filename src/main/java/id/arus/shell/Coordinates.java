package id.arus.shell;

import id.arus.shared.GeoPoint;
import java.util.Optional;

/**
 * Reads a place typed or pasted as text: {@code -6.2, 106.8}, {@code -6.2,106.8} or {@code -6.2 106.8}
 * (latitude first, as map apps copy it). Anything else, including out-of-range degrees, is no place.
 */
public final class Coordinates {

    private Coordinates() {
    }

    public static Optional<GeoPoint> parse(String text) {
        return GeoPoint.tryParse(text);
    }

    /** {@code -6.200000, 106.816666}: the form {@link #parse} reads back, with a space for readability. */
    public static String format(GeoPoint point) {
        return point == null ? "" : point.format().replace(",", ", ");
    }
}
