package id.arus.mapping.ui;

import id.arus.customer.CustomerStatus;
import id.arus.network.NasStatus;

/**
 * The colours of the map and its legend, in one place so marker and legend always agree. Literal colours
 * (not theme variables) because Leaflet writes them into SVG attributes.
 */
final class MapColours {

    /** A router Arus has not talked to yet. */
    static final String NAS_UNKNOWN = "#9e9e9e";
    static final String DISTRIBUTION_POINT = "#6a1b9a";

    private MapColours() {
    }

    static String of(CustomerStatus status) {
        return switch (status) {
            case PROSPECT -> "#1e88e5";
            case ACTIVE -> "#2e7d32";
            case SUSPENDED -> "#ef6c00";
            case INACTIVE -> "#757575";
        };
    }

    static String of(NasStatus status) {
        if (status == null) {
            return NAS_UNKNOWN;
        }
        return switch (status) {
            case ONLINE -> "#2e7d32";
            case LOGIN_REFUSED, ERROR -> "#f9a825";
            case UNREACHABLE -> "#c62828";
        };
    }
}
