package id.arus.shared;

import java.util.Locale;

/**
 * A place on the map in WGS 84 degrees, as a phone's GPS or a Leaflet click gives it. Validated on
 * creation so a swapped or out-of-range pair never reaches the database.
 */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw InvalidInputException.of("location", "location.outOfRange");
        }
    }

    /** {@code -6.200000,106.816666}, the form people paste from a map app. */
    public String format() {
        return String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }
}
