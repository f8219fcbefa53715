package id.arus.shell;

import id.arus.shared.GeoPoint;
import java.util.Objects;

/**
 * One point on a {@link LeafletMap}.
 *
 * @param at     where
 * @param color  any CSS colour ({@code #2e7d32}, {@code red}, {@code var(--lumo-error-color)} is not
 *               allowed: SVG fill needs a literal colour)
 * @param shape  circles for the many (customers), other shapes for the few (routers, boxes)
 * @param title  shown on hover and as the popup's heading; plain text
 * @param detail the popup's second line (plain text), or null
 * @param link   where the popup's heading leads (a path such as {@code customers/CUST-000001}), or null
 */
public record MapMarker(GeoPoint at, String color, Shape shape, String title, String detail, String link) {

    public enum Shape { CIRCLE, SQUARE, DIAMOND }

    public MapMarker {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(shape, "shape");
        color = color == null || color.isBlank() ? "#1565c0" : color;
        title = title == null ? "" : title;
    }

    public static MapMarker circle(GeoPoint at, String color, String title) {
        return new MapMarker(at, color, Shape.CIRCLE, title, null, null);
    }

    public MapMarker withDetail(String text) {
        return new MapMarker(at, color, shape, title, text, link);
    }

    public MapMarker withLink(String path) {
        return new MapMarker(at, color, shape, title, detail, path);
    }
}
