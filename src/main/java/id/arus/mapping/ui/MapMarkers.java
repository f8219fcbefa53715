package id.arus.mapping.ui;

import id.arus.customer.CustomerPin;
import id.arus.customer.CustomerStatus;
import id.arus.network.DistributionPoint;
import id.arus.network.Nas;
import id.arus.network.NasStatusChange;
import id.arus.shared.GeoPoint;
import id.arus.shell.Coordinates;
import id.arus.shell.MapMarker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Turns customers, routers and distribution points into map markers. Pure: the views fetch, this decides
 * what each thing looks like and where a router without coordinates goes.
 *
 * @param text translates a message key with arguments, in the viewer's language
 */
record MapMarkers(BiFunction<String, Object[], String> text) {

    List<MapMarker> customers(Collection<CustomerPin> pins, Set<CustomerStatus> shown) {
        List<MapMarker> markers = new ArrayList<>(pins.size());
        for (CustomerPin pin : pins) {
            if (pin.location() == null || !shown.contains(pin.status())) {
                continue;
            }
            markers.add(new MapMarker(pin.location(), MapColours.of(pin.status()), MapMarker.Shape.CIRCLE,
                    pin.name() + " (" + pin.code() + ")", text.apply("map.customerStatus." + pin.status(), new Object[0]),
                    "customers/" + pin.code()));
        }
        return markers;
    }

    /**
     * Routers at the coordinates typed into their location ({@code -6.2, 106.8}); a router whose location is
     * a description instead stands in the middle of its distribution points, and one with neither is left
     * off (the view says how many).
     */
    List<MapMarker> routers(Collection<Nas> routers, Map<Long, NasStatusChange> statuses, Collection<DistributionPoint> points) {
        List<MapMarker> markers = new ArrayList<>();
        for (Nas nas : routers) {
            placeOf(nas, points).ifPresent(at -> {
                NasStatusChange status = statuses.get(nas.id());
                String state = status == null ? text.apply("map.nasStatus.UNKNOWN", new Object[0])
                        : text.apply("map.nasStatus." + status.status(), new Object[0]);
                markers.add(new MapMarker(at, MapColours.of(status == null ? null : status.status()), MapMarker.Shape.SQUARE,
                        nas.name(), state + (nas.site() == null ? "" : " · " + nas.site()), "network/nas/" + nas.id()));
            });
        }
        return markers;
    }

    List<MapMarker> distributionPoints(Collection<DistributionPoint> points, Map<Long, Nas> routersById) {
        List<MapMarker> markers = new ArrayList<>(points.size());
        for (DistributionPoint point : points) {
            if (point.location() == null) {
                continue;
            }
            Nas nas = routersById.get(point.nasId());
            String detail = text.apply("map.odp.detail", new Object[] {point.ports(), nas == null ? "#" + point.nasId() : nas.name()});
            markers.add(new MapMarker(point.location(), MapColours.DISTRIBUTION_POINT, MapMarker.Shape.DIAMOND,
                    point.name() + " (" + point.code() + ")", detail, null));
        }
        return markers;
    }

    static Optional<GeoPoint> placeOf(Nas nas, Collection<DistributionPoint> points) {
        Optional<GeoPoint> typed = Coordinates.parse(nas.location());
        if (typed.isPresent()) {
            return typed;
        }
        List<GeoPoint> own = points.stream().filter(p -> p.nasId() == nas.id() && p.location() != null)
                .map(DistributionPoint::location).collect(Collectors.toList());
        if (own.isEmpty()) {
            return Optional.empty();
        }
        double latitude = own.stream().mapToDouble(GeoPoint::latitude).average().orElseThrow();
        double longitude = own.stream().mapToDouble(GeoPoint::longitude).average().orElseThrow();
        return Optional.of(new GeoPoint(latitude, longitude));
    }
}
