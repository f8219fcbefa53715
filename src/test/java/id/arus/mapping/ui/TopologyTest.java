package id.arus.mapping.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.catalog.PlanType;
import id.arus.mapping.ui.TopologyNode.Kind;
import id.arus.network.DistributionPoint;
import id.arus.network.Nas;
import id.arus.network.NasRole;
import id.arus.network.NasStatus;
import id.arus.network.NasStatusChange;
import id.arus.shared.GeoPoint;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyTest {

    static Nas nas(long id, String name, String location) {
        return new Nas(id, name, "10.0.0." + id, 8728, false, "admin", true, "Site " + id, location, NasRole.PRIMARY, null,
                100, null, Instant.EPOCH, Instant.EPOCH);
    }

    static Subscription subscription(String number, String customer, SubscriptionStatus status, Long nasId, Long pointId) {
        return new Subscription(number.hashCode(), number, 1, customer, 1, 1, PlanType.PPPOE, status, "Site", nasId, null, null,
                pointId, null, null, null, null, Instant.EPOCH, null);
    }

    final List<Nas> routers = List.of(nas(2, "NAS Selatan", null), nas(1, "NAS Barat", "-6.2, 106.7"));
    final List<DistributionPoint> points = List.of(
            new DistributionPoint(10, "ODP-B-01", "Gang Mawar", 1, new GeoPoint(-6.21, 106.71), 8),
            new DistributionPoint(11, "ODP-B-02", "Gang Melati", 1, new GeoPoint(-6.22, 106.72), 16));

    @Test
    void hangsSubscriptionsUnderTheirDistributionPointAndCountsEachLevel() {
        List<Subscription> subscriptions = List.of(
                subscription("SUB-1", "CUST-000001", SubscriptionStatus.ACTIVE, 1L, 10L),
                subscription("SUB-2", "CUST-000002", SubscriptionStatus.SUSPENDED, 1L, 10L),
                subscription("SUB-3", "CUST-000003", SubscriptionStatus.ACTIVE, 1L, null),
                // still onboarding: no NAS yet, but the box is known, so it follows the box's NAS
                subscription("SUB-4", "CUST-000004", SubscriptionStatus.ONBOARDING, null, 11L),
                // nothing known yet
                subscription("SUB-5", "CUST-000005", SubscriptionStatus.ONBOARDING, null, null),
                // history is not topology
                subscription("SUB-6", "CUST-000006", SubscriptionStatus.TERMINATED, 1L, 10L),
                subscription("SUB-7", "CUST-000007", SubscriptionStatus.ACTIVE, 2L, null));
        Map<Long, NasStatusChange> statuses = Map.of(1L, new NasStatusChange(1, NasStatus.ONLINE, null, Instant.EPOCH));

        List<TopologyNode> roots = Topology.build(routers, statuses, points, subscriptions,
                code -> code.equals("CUST-000001") ? "Budi" : null, "no ODP", "no NAS");

        assertThat(roots).extracting(TopologyNode::label).containsExactly("NAS Barat", "NAS Selatan", "no NAS");
        TopologyNode barat = roots.get(0);
        assertThat(barat.state()).isEqualTo("ONLINE");
        assertThat(roots.get(1).state()).isEqualTo("UNKNOWN");
        assertThat(barat.total()).isEqualTo(4);
        assertThat(barat.count(SubscriptionStatus.ACTIVE)).isEqualTo(2);
        assertThat(barat.count(SubscriptionStatus.SUSPENDED)).isEqualTo(1);
        assertThat(barat.pending()).isEqualTo(1);
        assertThat(barat.link()).isEqualTo("network/nas/1");

        assertThat(barat.children()).extracting(TopologyNode::kind)
                .containsExactly(Kind.DISTRIBUTION_POINT, Kind.DISTRIBUTION_POINT, Kind.NO_DISTRIBUTION_POINT);
        TopologyNode mawar = barat.children().get(0);
        assertThat(mawar.label()).isEqualTo("Gang Mawar (ODP-B-01)");
        assertThat(mawar.capacity()).isEqualTo(8);
        assertThat(mawar.total()).isEqualTo(2);
        assertThat(mawar.children()).extracting(TopologyNode::label).containsExactly("Budi (CUST-000001)", "CUST-000002");
        assertThat(mawar.children().get(0).link()).isEqualTo("customers/CUST-000001");
        assertThat(mawar.children().get(1).state()).isEqualTo("SUSPENDED");
        assertThat(barat.children().get(1).children()).extracting(TopologyNode::detail).containsExactly("SUB-4");
        assertThat(barat.children().get(2).label()).isEqualTo("no ODP");
        assertThat(barat.children().get(2).children()).extracting(TopologyNode::detail).containsExactly("SUB-3");

        TopologyNode selatan = roots.get(1);
        assertThat(selatan.children()).hasSize(1);
        assertThat(selatan.children().get(0).kind()).isEqualTo(Kind.NO_DISTRIBUTION_POINT);
        assertThat(selatan.total()).isEqualTo(1);

        TopologyNode unplaced = roots.get(2);
        assertThat(unplaced.kind()).isEqualTo(Kind.NO_NAS);
        assertThat(unplaced.children()).extracting(TopologyNode::detail).containsExactly("SUB-5");
        assertThat(unplaced.count(SubscriptionStatus.ONBOARDING)).isEqualTo(1);
    }

    @Test
    void aNetworkWithoutSubscriptionsStillShowsItsRoutersAndBoxes() {
        List<TopologyNode> roots = Topology.build(routers, Map.of(), points, List.of(), code -> null, "no ODP", "no NAS");
        assertThat(roots).extracting(TopologyNode::label).containsExactly("NAS Barat", "NAS Selatan");
        assertThat(roots.get(0).children()).hasSize(2).allMatch(point -> point.total() == 0);
    }
}
