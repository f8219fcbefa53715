package id.arus.shell;

import id.arus.shared.GeoPoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where maps get their background tiles and where they open. Tiles are only the picture underneath: an
 * operator behind a firewall, or one that must not use OpenStreetMap's public servers for production
 * traffic (their tile usage policy asks heavy users to run or rent their own), points
 * {@code arus.map.tile-url} at another server, or sets it empty for maps with markers only.
 */
@Component
public class MapSettings {

    /** OpenStreetMap's standard tiles, the default for a fresh installation. */
    public static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String OSM_ATTRIBUTION = "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";

    private final String tileUrl;
    private final String attribution;
    private final int maxZoom;
    private final GeoPoint home;
    private final int homeZoom;

    public MapSettings(@Value("${arus.map.tile-url:" + OSM_TILES + "}") String tileUrl,
                       @Value("${arus.map.attribution:" + OSM_ATTRIBUTION + "}") String attribution,
                       @Value("${arus.map.max-zoom:19}") int maxZoom,
                       @Value("${arus.map.home:-6.200000,106.816666}") String home,
                       @Value("${arus.map.home-zoom:12}") int homeZoom) {
        this.tileUrl = tileUrl == null ? "" : tileUrl.trim();
        this.attribution = attribution == null ? "" : attribution;
        this.maxZoom = Math.max(1, Math.min(maxZoom, 22));
        this.home = Coordinates.parse(home).orElseThrow(() -> new IllegalArgumentException(
                "arus.map.home must be 'latitude,longitude' in degrees, was: " + home));
        this.homeZoom = Math.max(1, Math.min(homeZoom, this.maxZoom));
    }

    /** The defaults, for a map made outside a Spring-run UI. */
    public static MapSettings defaults() {
        return new MapSettings(OSM_TILES, OSM_ATTRIBUTION, 19, "-6.200000,106.816666", 12);
    }

    /** Leaflet's URL template ({z}/{x}/{y}); empty for no background tiles. */
    public String tileUrl() {
        return tileUrl;
    }

    /** HTML shown in the map's corner, as the tile provider's licence requires. */
    public String attribution() {
        return attribution;
    }

    public int maxZoom() {
        return maxZoom;
    }

    /** Where a map with nothing to show opens (default: central Jakarta). */
    public GeoPoint home() {
        return home;
    }

    public int homeZoom() {
        return homeZoom;
    }
}
