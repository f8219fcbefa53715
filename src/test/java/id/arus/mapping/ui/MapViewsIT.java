package id.arus.mapping.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerForm;
import id.arus.customer.CustomerStatus;
import id.arus.customer.TestCustomers;
import id.arus.network.DistributionPoint;
import id.arus.network.DistributionPoints;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkTestSupport;
import id.arus.shared.GeoPoint;
import id.arus.shared.Money;
import id.arus.shell.ArusI18n;
import id.arus.shell.MapMarker;
import id.arus.subscription.Registration;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The map and the topology, browserless, on real customers, routers, distribution points and a
 * subscription registered through its onboarding process.
 */
@ArusIT
class MapViewsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    NasManagement registry;
    @Autowired
    DistributionPoints points;
    @Autowired
    PlanCatalog plans;
    @Autowired
    SubscriptionManagement subscriptions;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private Nas nas;
    private DistributionPoint odp;
    private Customer prospect;
    private Customer business;
    private Subscription registered;

    @BeforeEach
    void network() {
        NetworkTestSupport.signIn("map-admin-" + tag, "ADMIN");
        nas = registry.create(new NasForm("NAS Peta " + tag, "peta-" + tag + ".isp.example", null, false, "api", "rahasia", "Peta-" + tag,
                "-7.700000, 110.300000", NasRole.PRIMARY, null, 64, null));
        odp = points.create("ODP-" + tag.toUpperCase(), "ODP Peta " + tag, nas.id(), new GeoPoint(-7.71, 110.31), 8);
        CustomerForm home = TestCustomers.form("Prospek " + tag);
        prospect = customers.create(new CustomerForm(home.name(), home.nik(), home.phone(), null, home.address(),
                new GeoPoint(-7.711, 110.311), "residential", null));
        CustomerForm shop = TestCustomers.form("Toko " + tag);
        business = customers.create(new CustomerForm(shop.name(), shop.nik(), shop.phone(), null, shop.address(),
                new GeoPoint(-7.712, 110.312), "business", null));
        Plan plan = plans.create(new PlanForm("M" + tag.toUpperCase(), "Peta 10M " + tag, PlanType.PPPOE, 10_000, 5_000, null,
                Money.idr(150_000), true, BillingCycle.MONTHLY, false, Money.ZERO, false));
        NetworkTestSupport.signIn("map-cs-" + tag, "CS");
        registered = subscriptions.register(new Registration(prospect.code(), plan.id(), "Peta-" + tag, "Jl. Peta 1",
                new GeoPoint(-7.711, 110.311), nas.id(), null));
        NetworkTestSupport.signIn("map-noc-" + tag, "NOC");
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMapShowsCustomersRoutersAndBoxesAndItsFiltersNarrowThem() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        MapView view = KaribuViews.show(MapView.class);

        assertThat(titles(view, MapView.CUSTOMERS)).contains(label(prospect), label(business));
        MapMarker shown = marker(view, MapView.CUSTOMERS, label(prospect)).orElseThrow();
        assertThat(shown.link()).isEqualTo("customers/" + prospect.code());
        assertThat(shown.at()).isEqualTo(new GeoPoint(-7.711, 110.311));
        assertThat(shown.color()).isEqualTo(MapColours.of(customers.get(prospect.code()).status()));
        MapMarker router = marker(view, MapView.ROUTERS, nas.name()).orElseThrow();
        assertThat(router.at()).isEqualTo(new GeoPoint(-7.7, 110.3));
        assertThat(router.link()).isEqualTo("network/nas/" + nas.id());
        assertThat(router.shape()).isEqualTo(MapMarker.Shape.SQUARE);
        assertThat(marker(view, MapView.DISTRIBUTION_POINTS, "ODP Peta " + tag + " (" + odp.code() + ")")).isPresent();

        // status: the registered customer is a prospect, the other has no service
        CustomerStatus prospectStatus = customers.get(prospect.code()).status();
        CustomerStatus businessStatus = customers.get(business.code()).status();
        assertThat(prospectStatus).isNotEqualTo(businessStatus);
        view.statusFilter().setValue(Set.of(prospectStatus));
        assertThat(titles(view, MapView.CUSTOMERS)).contains(label(prospect)).doesNotContain(label(business));

        // category
        view.statusFilter().setValue(EnumSet.allOf(CustomerStatus.class));
        view.categoryFilter().setValue(view.categoryFilter().getListDataView().getItems()
                .filter(c -> c.code().equals("business")).findFirst().orElseThrow());
        assertThat(titles(view, MapView.CUSTOMERS)).contains(label(business)).doesNotContain(label(prospect));

        // router: only that router and its boxes
        view.categoryFilter().clear();
        view.nasFilter().setValue(view.nasFilter().getListDataView().getItems().filter(n -> n.id() == nas.id()).findFirst().orElseThrow());
        assertThat(titles(view, MapView.ROUTERS)).containsExactly(nas.name());
        assertThat(view.map().getLayer(MapView.DISTRIBUTION_POINTS)).extracting(MapMarker::title)
                .containsExactly("ODP Peta " + tag + " (" + odp.code() + ")");
    }

    @Test
    void theTopologyHangsTheNewSubscriptionUnderItsRouterAndCountsIt() {
        KaribuViews.start(context, Locale.ENGLISH);
        TopologyView view = KaribuViews.show(TopologyView.class);

        TopologyNode router = view.roots().stream().filter(n -> n.key().equals("nas-" + nas.id())).findFirst().orElseThrow();
        assertThat(router.label()).isEqualTo(nas.name());
        assertThat(router.link()).isEqualTo("network/nas/" + nas.id());
        assertThat(router.children()).extracting(TopologyNode::key).contains("odp-" + odp.id());

        // onboarding has not placed it on a box yet: it hangs under its router or, before placement, "not on a NAS yet"
        List<TopologyNode> path = pathTo(view.roots(), "sub-" + registered.number());
        assertThat(path).as("the registered subscription is in the tree").isNotEmpty();
        TopologyNode leaf = path.get(path.size() - 1);
        assertThat(leaf.label()).isEqualTo("Prospek " + tag + " (" + prospect.code() + ")");
        assertThat(leaf.link()).isEqualTo("customers/" + prospect.code());
        Subscription now = subscriptions.get(registered.number());
        assertThat(leaf.state()).isEqualTo(now.status().name());
        TopologyNode group = path.get(path.size() - 2);
        assertThat(group.label()).isIn("No distribution point", "Not on a NAS yet");
        assertThat(group.count(now.status())).isGreaterThanOrEqualTo(1);
        if (now.nasId() != null) {
            assertThat(path.get(0)).isSameAs(router);
            assertThat(router.count(now.status())).isEqualTo(1);
        }
        assertThat(now.status()).isIn(SubscriptionStatus.ONBOARDING, SubscriptionStatus.ACTIVATING);
        assertThat(view.grid().getTreeData()).isNotNull();
    }

    private static String label(Customer c) {
        return c.name() + " (" + c.code() + ")";
    }

    private static List<String> titles(MapView view, String layer) {
        return view.map().getLayer(layer).stream().map(MapMarker::title).toList();
    }

    private static Optional<MapMarker> marker(MapView view, String layer, String title) {
        return view.map().getLayer(layer).stream().filter(m -> m.title().equals(title)).findFirst();
    }

    private static List<TopologyNode> pathTo(List<TopologyNode> nodes, String key) {
        for (TopologyNode node : nodes) {
            if (node.key().equals(key)) {
                return new ArrayList<>(List.of(node));
            }
            List<TopologyNode> below = pathTo(node.children(), key);
            if (!below.isEmpty()) {
                below.add(0, node);
                return below;
            }
        }
        return List.of();
    }
}
