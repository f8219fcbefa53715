package id.arus.subscription.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.network.Nas;
import id.arus.network.NasManagement;
import id.arus.settings.OperatorZone;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every subscription, newest first, filtered by status and NAS; a row opens the subscription. */
@Route(SubscriptionsView.ROUTE)
@Menu(title = "menu.subscriptions", order = 12, icon = "vaadin:connect")
@RolesAllowed({"ADMIN", "NOC", "FINANCE", "TECHNICIAN", "CS"})
public class SubscriptionsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "subscriptions";
    /** A page of the list; the filters narrow it down. */
    static final int PAGE = 500;

    private final transient SubscriptionManagement subscriptions;
    private final ComboBox<SubscriptionStatus> status = new ComboBox<>();
    private final ComboBox<Nas> nas = new ComboBox<>();
    private final Grid<Subscription> grid = new Grid<>(Subscription.class, false);

    public SubscriptionsView(SubscriptionManagement subscriptions, NasManagement routers, OperatorZone zone,
                             AuthenticationContext authentication) {
        this.subscriptions = subscriptions;
        setPadding(true);
        List<Nas> visibleRouters = VisibleRouters.of(routers);
        Map<Long, String> nasNames = visibleRouters.stream().collect(Collectors.toMap(Nas::id, Nas::name));

        Button create = new Button(getTranslation("subscriptions.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SubscriptionRegistrationView.class)));
        create.setId("subscriptions-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(authentication.hasAnyRole("ADMIN", "CS"));
        FlexLayout header = new FlexLayout(new H2(getTranslation("subscriptions.title")), create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        status.setId("subscriptions-status");
        status.setLabel(getTranslation("subscription.status"));
        status.setItems(SubscriptionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setClearButtonVisible(true);
        nas.setId("subscriptions-nas");
        nas.setLabel(getTranslation("subscription.nas"));
        nas.setItems(visibleRouters);
        nas.setItemLabelGenerator(Nas::name);
        nas.setClearButtonVisible(true);
        nas.setVisible(!visibleRouters.isEmpty());
        status.addValueChangeListener(e -> refresh());
        nas.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(status, nas);
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        Function<Long, String> nasName = id -> id == null ? "-" : nasNames.getOrDefault(id, "#" + id);
        grid.setId("subscriptions-grid");
        grid.addColumn(Subscription::number).setHeader(getTranslation("subscription.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(Subscription::customerCode).setHeader(getTranslation("subscription.customer")).setKey("customer").setAutoWidth(true);
        grid.addColumn(s -> getTranslation("status." + s.status().name())).setHeader(getTranslation("subscription.status"))
                .setKey("status").setAutoWidth(true);
        grid.addColumn(s -> s.type().name()).setHeader(getTranslation("subscription.type")).setKey("type").setAutoWidth(true);
        grid.addColumn(s -> nasName.apply(s.nasId())).setHeader(getTranslation("subscription.nas")).setKey("nas").setAutoWidth(true);
        grid.addColumn(s -> s.login() == null ? "-" : s.login()).setHeader(getTranslation("subscription.login")).setKey("login").setAutoWidth(true);
        grid.addColumn(s -> zone.format(s.createdAt(), getLocale())).setHeader(getTranslation("subscription.created"))
                .setKey("created").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("subscriptions.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SubscriptionDetailView.class,
                new RouteParameters("number", e.getItem().number()))));
        add(header, filters, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(subscriptions.list(status.getValue(), nas.getValue() == null ? null : nas.getValue().id(), 0, PAGE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscriptions.title");
    }
}
