package id.arus.mapping.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.arus.customer.CustomerCategory;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerPin;
import id.arus.customer.CustomerQuery;
import id.arus.customer.CustomerStatus;
import id.arus.network.DistributionPoint;
import id.arus.network.DistributionPoints;
import id.arus.network.Nas;
import id.arus.network.NasManagement;
import id.arus.network.NasStatus;
import id.arus.network.NasStatusChange;
import id.arus.shell.LeafletMap;
import id.arus.shell.MapMarker;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The staff map: customers coloured by status, routers coloured by what Arus last heard from them, and
 * distribution points, each with a popup that leads to its page. Filters narrow the customers by status,
 * router and category; the router filter also narrows routers and distribution points. Every layer goes
 * to the browser as one payload, so a few thousand customers draw in one round trip.
 */
@Route("map")
@Menu(title = "menu.map", order = 36, icon = "vaadin:map-marker")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN", "CS"})
public class MapView extends VerticalLayout implements HasDynamicTitle {

    static final String CUSTOMERS = "customers";
    static final String ROUTERS = "routers";
    static final String DISTRIBUTION_POINTS = "odp";

    private final transient CustomerDirectory customers;
    private final transient DistributionPoints distributionPoints;
    private final transient NasManagement routers;
    private final transient MapMarkers markers = new MapMarkers((key, args) -> getTranslation(key, args));

    private final LeafletMap map = new LeafletMap();
    private final CheckboxGroup<CustomerStatus> statuses = new CheckboxGroup<>();
    private final ComboBox<Nas> nasFilter = new ComboBox<>();
    private final ComboBox<CustomerCategory> category = new ComboBox<>();
    private final Checkbox showRouters = new Checkbox();
    private final Checkbox showPoints = new Checkbox();
    private final Span summary = new Span();

    public MapView(CustomerDirectory customers, DistributionPoints distributionPoints, NasManagement routers) {
        this.customers = customers;
        this.distributionPoints = distributionPoints;
        this.routers = routers;
        setPadding(true);
        setSizeFull();

        statuses.setLabel(getTranslation("map.filter.status"));
        statuses.setItems(CustomerStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("map.customerStatus." + s));
        statuses.setValue(EnumSet.allOf(CustomerStatus.class));
        statuses.setId("map-status");

        List<Nas> allRouters = routers.list();
        nasFilter.setLabel(getTranslation("map.filter.nas"));
        nasFilter.setItems(allRouters);
        nasFilter.setItemLabelGenerator(Nas::name);
        nasFilter.setClearButtonVisible(true);
        nasFilter.setPlaceholder(getTranslation("map.filter.all"));
        nasFilter.setId("map-nas");

        category.setLabel(getTranslation("map.filter.category"));
        category.setItems(customers.categories());
        category.setItemLabelGenerator(CustomerCategory::name);
        category.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("map.filter.all"));
        category.setId("map-category");

        showRouters.setLabel(getTranslation("map.layer.nas"));
        showRouters.setValue(true);
        showRouters.setId("map-show-nas");
        showPoints.setLabel(getTranslation("map.layer.odp"));
        showPoints.setValue(true);
        showPoints.setId("map-show-odp");

        statuses.addValueChangeListener(e -> refresh(false));
        nasFilter.addValueChangeListener(e -> refresh(true));
        category.addValueChangeListener(e -> refresh(false));
        showRouters.addValueChangeListener(e -> refresh(false));
        showPoints.addValueChangeListener(e -> refresh(false));

        HorizontalLayout filters = new HorizontalLayout(statuses, nasFilter, category, showRouters, showPoints);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        map.setId("map");
        map.setHeight(null);
        map.getStyle().set("min-height", "420px");
        summary.setId("map-summary");
        add(new H2(getTranslation("map.title")), filters, legend(), summary);
        addAndExpand(map);
        refresh(true);
    }

    /** The map component, for tests. */
    LeafletMap map() {
        return map;
    }

    CheckboxGroup<CustomerStatus> statusFilter() {
        return statuses;
    }

    ComboBox<Nas> nasFilter() {
        return nasFilter;
    }

    ComboBox<CustomerCategory> categoryFilter() {
        return category;
    }

    private void refresh(boolean fit) {
        Nas nas = nasFilter.getValue();
        Long nasId = nas == null ? null : nas.id();
        Set<CustomerStatus> shown = statuses.getValue();
        // one status: let the directory filter; several: fetch all once and filter here
        CustomerStatus only = shown.size() == 1 ? shown.iterator().next() : null;
        String categoryCode = category.getValue() == null ? null : category.getValue().code();
        List<CustomerPin> pins = shown.isEmpty() ? List.of()
                : customers.pins(new CustomerQuery(null, only, categoryCode, nasId, null));
        List<MapMarker> customerMarkers = markers.customers(pins, shown);
        map.setLayer(CUSTOMERS, customerMarkers);

        List<DistributionPoint> points = nasId == null ? distributionPoints.list() : distributionPoints.ofNas(nasId);
        List<Nas> allRouters = routers.list();
        List<Nas> routerList = nas == null ? allRouters : List.of(nas);
        Map<Long, Nas> routersById = allRouters.stream().collect(Collectors.toMap(Nas::id, Function.identity()));
        List<MapMarker> pointMarkers = showPoints.getValue() ? markers.distributionPoints(points, routersById) : List.of();
        map.setLayer(DISTRIBUTION_POINTS, pointMarkers);
        Map<Long, NasStatusChange> current = routers.currentStatuses();
        List<MapMarker> routerMarkers = showRouters.getValue() ? markers.routers(routerList, current, points) : List.of();
        map.setLayer(ROUTERS, routerMarkers);

        long unplacedRouters = routerList.stream().filter(r -> MapMarkers.placeOf(r, points).isEmpty()).count();
        summary.setText(getTranslation("map.summary", customerMarkers.size(), routerMarkers.size(), pointMarkers.size())
                + (unplacedRouters > 0 ? " " + getTranslation("map.unplacedNas", unplacedRouters) : ""));
        if (fit) {
            map.fitToMarkers();
        }
    }

    private Component legend() {
        FlexLayout legend = new FlexLayout();
        legend.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        legend.getStyle().set("gap", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)");
        legend.setId("map-legend");
        for (CustomerStatus status : CustomerStatus.values()) {
            legend.add(entry("50%", MapColours.of(status), getTranslation("map.customerStatus." + status)));
        }
        for (NasStatus status : NasStatus.values()) {
            legend.add(entry("0", MapColours.of(status), "NAS: " + getTranslation("map.nasStatus." + status)));
        }
        legend.add(entry("0", MapColours.NAS_UNKNOWN, "NAS: " + getTranslation("map.nasStatus.UNKNOWN")));
        Span diamond = entry("0", MapColours.DISTRIBUTION_POINT, getTranslation("map.layer.odp"));
        diamond.getElement().getChild(0).getStyle().set("transform", "rotate(45deg) scale(0.8)");
        legend.add(diamond);
        return legend;
    }

    private static Span entry(String radius, String colour, String label) {
        Div swatch = new Div();
        swatch.getStyle().set("display", "inline-block").set("width", "12px").set("height", "12px")
                .set("border-radius", radius).set("background", colour).set("border", "1px solid #212121")
                .set("margin-right", "4px").set("vertical-align", "middle");
        Span entry = new Span(swatch, new Span(label));
        entry.addClassName("arus-map-legend-entry");
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.title");
    }
}
