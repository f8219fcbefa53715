package id.arus.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place on the map in WGS 84 degrees, as a phone's GPS or a Leaflet click gives it. Validated on
 * creation so a swapped or out-of-range pair never reaches the database.
 */
public record GeoPoint(double latitude, double longitude) {

    /** Latitude first, as map apps copy it: {@code -6.2,106.8}, {@code -6.2, 106.8}, {@code -6.2;106.8} or {@code -6.2 106.8}. */
    private static final Pattern PAIR = Pattern.compile("\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*[,;\\s]\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*");

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw InvalidInputException.of("location", "location.outOfRange");
        }
    }

    /** {@code -6.200000,106.816666}, the form people paste from a map app. */
    public String format() {
        return String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }

    /** Reads a place typed or pasted as text; anything else, out-of-range degrees included, is empty. */
    public static Optional<GeoPoint> tryParse(String text) {
        Matcher m = PAIR.matcher(text == null ? "" : text);
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

    /**
     * Reads an optional place from a form: blank is null (no place yet).
     *
     * @param invalidMessageKey the owning module's message for text that is no place
     * @throws InvalidInputException on the field {@code location} otherwise
     */
    public static GeoPoint parse(String text, String invalidMessageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return tryParse(text).orElseThrow(() -> InvalidInputException.of("location", invalidMessageKey));
    }
}
