package id.arus.mapping.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerPin;
import id.arus.customer.CustomerQuery;
import id.arus.network.DistributionPoints;
import id.arus.network.NasManagement;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network as a tree: each router, its distribution points, and the subscriptions hanging off each,
 * with counts by status at every level, so NOC sees at a glance which box or router carries whom and
 * how many are suspended. Rows lead to the router's or the customer's page.
 */
@Route("network/topology")
@Menu(title = "menu.topology", order = 33, icon = "vaadin:sitemap")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN", "CS"})
public class TopologyView extends VerticalLayout implements HasDynamicTitle {

    /** Subscriptions read per call, and the most calls: bounds the tree at 100,000 subscriptions. */
    static final int PAGE = 1_000;
    static final int MAX_PAGES = 100;

    private final transient NasManagement routers;
    private final transient DistributionPoints points;
    private final transient SubscriptionManagement subscriptions;
    private final transient CustomerDirectory customers;
    private final TreeGrid<TopologyNode> grid = new TreeGrid<>();
    private final Span summary = new Span();
    private List<TopologyNode> roots = List.of();

    public TopologyView(NasManagement routers, DistributionPoints points, SubscriptionManagement subscriptions,
                        CustomerDirectory customers) {
        this.routers = routers;
        this.points = points;
        this.subscriptions = subscriptions;
        this.customers = customers;
        setPadding(true);
        setSizeFull();

        Button reload = new Button(getTranslation("topology.reload"), VaadinIcon.REFRESH.create(), e -> load());
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reload.setId("topology-reload");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("topology.title")), reload);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.setId("topology-grid");
        grid.addComponentHierarchyColumn(this::nameCell).setHeader(getTranslation("topology.name")).setKey("name")
                .setFlexGrow(3).setResizable(true);
        grid.addColumn(node -> node.state() == null ? "" : stateText(node)).setHeader(getTranslation("topology.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(node -> node.kind() == TopologyNode.Kind.SUBSCRIPTION ? "" : String.valueOf(node.total()))
                .setHeader(getTranslation("topology.total")).setKey("total").setAutoWidth(true);
        grid.addColumn(node -> node.kind() == TopologyNode.Kind.SUBSCRIPTION ? "" : String.valueOf(node.count(SubscriptionStatus.ACTIVE)))
                .setHeader(getTranslation("topology.active")).setKey("active").setAutoWidth(true);
        grid.addColumn(node -> node.kind() == TopologyNode.Kind.SUBSCRIPTION ? "" : String.valueOf(node.count(SubscriptionStatus.SUSPENDED)))
                .setHeader(getTranslation("topology.suspended")).setKey("suspended").setAutoWidth(true);
        grid.addColumn(node -> node.kind() == TopologyNode.Kind.SUBSCRIPTION ? "" : String.valueOf(node.pending()))
                .setHeader(getTranslation("topology.pending")).setKey("pending").setAutoWidth(true);
        grid.addColumn(TopologyView::capacityText).setHeader(getTranslation("topology.capacity")).setKey("capacity").setAutoWidth(true);
        grid.setSizeFull();
        summary.setId("topology-summary");
        add(header, summary);
        addAndExpand(grid);
        load();
    }

    /** The tree last loaded, for tests. */
    List<TopologyNode> roots() {
        return roots;
    }

    TreeGrid<TopologyNode> grid() {
        return grid;
    }

    private void load() {
        List<Subscription> current = new ArrayList<>();
        long after = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<Subscription> batch = subscriptions.listAfter(null, after, PAGE);
            current.addAll(batch);
            if (batch.size() < PAGE) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
        }
        // names for the rows: the customers the map knows (those with a location); others show their code
        Map<String, String> names = new HashMap<>();
        for (CustomerPin pin : customers.pins(new CustomerQuery(null, null, null, null, null))) {
            names.put(pin.code(), pin.name());
        }
        roots = Topology.build(routers.list(), routers.currentStatuses(), points.list(), current, names::get,
                getTranslation("topology.noOdp"), getTranslation("topology.noNas"));
        grid.setItems(roots, TopologyNode::children);
        grid.expand(roots);
        int total = roots.stream().mapToInt(TopologyNode::total).sum();
        summary.setText(getTranslation("topology.summary", roots.stream().filter(r -> r.kind() == TopologyNode.Kind.NAS).count(), total));
    }

    private Component nameCell(TopologyNode node) {
        Component name;
        if (node.link() != null) {
            Anchor link = new Anchor(node.link(), node.label());
            link.setId("topology-" + node.key());
            name = link;
        } else {
            name = new Span(node.label());
        }
        if (node.detail() == null || node.detail().isBlank()) {
            return name;
        }
        Span detail = new Span(node.detail());
        detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-left", "var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-s)");
        return new Span(name, detail);
    }

    private String stateText(TopologyNode node) {
        return node.kind() == TopologyNode.Kind.NAS ? getTranslation("map.nasStatus." + node.state())
                : getTranslation("topology.subscriptionStatus." + node.state());
    }

    private static String capacityText(TopologyNode node) {
        if (node.capacity() == null) {
            return "";
        }
        return node.total() + " / " + node.capacity();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("topology.title");
    }
}
