package id.arus.mapping.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.customer.CustomerPin;
import id.arus.customer.CustomerStatus;
import id.arus.network.DistributionPoint;
import id.arus.network.Nas;
import id.arus.network.NasStatus;
import id.arus.network.NasStatusChange;
import id.arus.shared.GeoPoint;
import id.arus.shell.MapMarker;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapMarkersTest {

    final MapMarkers markers = new MapMarkers((key, args) -> args.length == 0 ? key : key + List.of(args));

    @Test
    void customersAreCirclesColouredByStatusLinkingToTheirPage() {
        List<CustomerPin> pins = List.of(
                new CustomerPin("CUST-000001", "Budi", new GeoPoint(-6.2, 106.8), CustomerStatus.ACTIVE, 1L),
                new CustomerPin("CUST-000002", "Sari", new GeoPoint(-6.3, 106.9), CustomerStatus.SUSPENDED, 1L),
                new CustomerPin("CUST-000003", "Tono", new GeoPoint(-6.4, 106.7), CustomerStatus.PROSPECT, null));

        List<MapMarker> shown = markers.customers(pins, EnumSet.of(CustomerStatus.ACTIVE, CustomerStatus.SUSPENDED));

        assertThat(shown).hasSize(2).allMatch(m -> m.shape() == MapMarker.Shape.CIRCLE);
        assertThat(shown.get(0).title()).isEqualTo("Budi (CUST-000001)");
        assertThat(shown.get(0).link()).isEqualTo("customers/CUST-000001");
        assertThat(shown.get(0).color()).isEqualTo(MapColours.of(CustomerStatus.ACTIVE));
        assertThat(shown.get(1).color()).isEqualTo(MapColours.of(CustomerStatus.SUSPENDED)).isNotEqualTo(shown.get(0).color());
        assertThat(shown.get(1).detail()).isEqualTo("map.customerStatus.SUSPENDED");
    }

    @Test
    void routersStandAtTheirCoordinatesOrAmongTheirBoxes() {
        Nas typed = TopologyTest.nas(1, "NAS Barat", "-6.2, 106.7");
        Nas described = TopologyTest.nas(2, "NAS Selatan", "Ruko Blok C lantai 2");
        Nas nowhere = TopologyTest.nas(3, "NAS Baru", null);
        List<DistributionPoint> points = List.of(
                new DistributionPoint(10, "ODP-S-01", "A", 2, new GeoPoint(-6.30, 106.80), 8),
                new DistributionPoint(11, "ODP-S-02", "B", 2, new GeoPoint(-6.40, 106.90), 8));
        Map<Long, NasStatusChange> statuses = Map.of(1L, new NasStatusChange(1, NasStatus.UNREACHABLE, "timeout", Instant.EPOCH));

        List<MapMarker> shown = markers.routers(List.of(typed, described, nowhere), statuses, points);

        assertThat(shown).hasSize(2).allMatch(m -> m.shape() == MapMarker.Shape.SQUARE);
        assertThat(shown.get(0).at()).isEqualTo(new GeoPoint(-6.2, 106.7));
        assertThat(shown.get(0).color()).isEqualTo(MapColours.of(NasStatus.UNREACHABLE));
        assertThat(shown.get(0).link()).isEqualTo("network/nas/1");
        assertThat(shown.get(1).at().latitude()).isCloseTo(-6.35, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(shown.get(1).at().longitude()).isCloseTo(106.85, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(shown.get(1).color()).isEqualTo(MapColours.NAS_UNKNOWN);
        assertThat(MapMarkers.placeOf(nowhere, points)).isEmpty();
    }

    @Test
    void distributionPointsAreDiamondsNamingTheirRouter() {
        Nas nas = TopologyTest.nas(1, "NAS Barat", null);
        List<MapMarker> shown = markers.distributionPoints(
                List.of(new DistributionPoint(10, "ODP-B-01", "Gang Mawar", 1, new GeoPoint(-6.21, 106.71), 8)), Map.of(1L, nas));
        assertThat(shown).singleElement().satisfies(m -> {
            assertThat(m.shape()).isEqualTo(MapMarker.Shape.DIAMOND);
            assertThat(m.title()).isEqualTo("Gang Mawar (ODP-B-01)");
            assertThat(m.detail()).isEqualTo("map.odp.detail[8, NAS Barat]");
        });
    }
}
