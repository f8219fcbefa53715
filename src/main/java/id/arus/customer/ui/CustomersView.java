package id.arus.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.customer.Customer;
import id.arus.customer.CustomerCategory;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerQuery;
import id.arus.customer.CustomerStatus;
import id.arus.settings.OperatorZone;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every customer, found by any part of their code, name, phone (as typed), NIK, email or address and
 * narrowed by status, category, NAS or plan. The grid pages lazily from the database, so 100,000
 * customers scroll like 100. {@code ?nas=<id>} or {@code ?plan=<id>} open the list narrowed, for links
 * from the router and plan screens.
 */
@Route("customers")
@Menu(title = "menu.customers", order = 10, icon = "vaadin:users")
@RolesAllowed({"ADMIN", "NOC", "FINANCE", "TECHNICIAN", "CS"})
public class CustomersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient CustomerDirectory directory;
    private final transient OperatorZone zone;
    private final TextField text = new TextField();
    private final Select<CustomerStatus> status = new Select<>();
    private final Select<String> category = new Select<>();
    private final IntegerField nas = new IntegerField();
    private final IntegerField plan = new IntegerField();
    private final Span total = new Span();
    private final Grid<Customer> grid = new Grid<>(Customer.class, false);

    public CustomersView(CustomerDirectory directory, AuthenticationContext authentication, OperatorZone zone) {
        this.directory = directory;
        this.zone = zone;
        setSizeFull();

        Button add = new Button(getTranslation("customer.add"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewCustomerView.class)));
        add.setId("customer-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button(getTranslation("customer.import"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CustomerImportView.class)));
        importCsv.setId("customer-import");
        boolean mayChange = authentication.hasAnyRole("ADMIN", "CS");
        add.setVisible(mayChange);
        importCsv.setVisible(mayChange);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("customer.list.title")), new HorizontalLayout(importCsv, add));
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        text.setId("customer-search");
        text.setPlaceholder(getTranslation("customer.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("28em");
        status.setId("customer-filter-status");
        status.setLabel(getTranslation("customer.field.status"));
        status.setItems(CustomerStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("customer.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("customer.filter.any") : getTranslation("customer.status." + s));
        List<CustomerCategory> categories = directory.categories();
        category.setId("customer-filter-category");
        category.setLabel(getTranslation("customer.field.category"));
        category.setItems(categories.stream().map(CustomerCategory::code).toList());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("customer.filter.any"));
        category.setItemLabelGenerator(code -> code == null ? getTranslation("customer.filter.any")
                : categories.stream().filter(c -> c.code().equals(code)).map(CustomerCategory::name).findFirst().orElse(code));
        nas.setId("customer-filter-nas");
        nas.setLabel(getTranslation("customer.filter.nas"));
        nas.setWidth("8em");
        plan.setId("customer-filter-plan");
        plan.setLabel(getTranslation("customer.filter.plan"));
        plan.setWidth("8em");
        total.setId("customer-total");
        HorizontalLayout filters = new HorizontalLayout(text, status, category, nas, plan, total);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        nas.addValueChangeListener(e -> refresh());
        plan.addValueChangeListener(e -> refresh());

        grid.setId("customer-grid");
        grid.addColumn(Customer::code).setHeader(getTranslation("customer.field.code")).setKey("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Customer::name).setHeader(getTranslation("customer.field.name")).setKey("name").setFlexGrow(2);
        grid.addComponentColumn(c -> StatusBadge.of(c.status(), getTranslation("customer.status." + c.status())))
                .setHeader(getTranslation("customer.field.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Customer::phone).setHeader(getTranslation("customer.field.phone")).setKey("phone").setAutoWidth(true);
        grid.addColumn(Customer::address).setHeader(getTranslation("customer.field.address")).setKey("address").setFlexGrow(3);
        grid.addColumn(c -> category.getItemLabelGenerator().apply(c.category()))
                .setHeader(getTranslation("customer.field.category")).setKey("category").setAutoWidth(true);
        grid.addColumn(c -> zone.format(c.createdAt(), getLocale())).setHeader(getTranslation("customer.field.createdAt"))
                .setKey("createdAt").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CustomerView.class,
                new RouteParameters("code", e.getItem().code()))));
        grid.setEmptyStateText(getTranslation("customer.list.empty"));
        grid.setPageSize(50);
        add(header, filters, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        number(parameters, "nas").ifPresent(nas::setValue);
        number(parameters, "plan").ifPresent(plan::setValue);
        Optional.ofNullable(parameters.get("q")).flatMap(v -> v.stream().findFirst()).ifPresent(text::setValue);
    }

    private static Optional<Integer> number(Map<String, List<String>> parameters, String name) {
        try {
            return Optional.ofNullable(parameters.get(name)).flatMap(v -> v.stream().findFirst()).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    CustomerQuery query() {
        return new CustomerQuery(text.getValue(), status.getValue(), category.getValue(),
                nas.getValue() == null ? null : nas.getValue().longValue(),
                plan.getValue() == null ? null : plan.getValue().longValue());
    }

    private void refresh() {
        CustomerQuery query = query();
        long count = directory.count(query);
        total.setText(getTranslation("customer.list.total", count));
        grid.setItems(q -> directory.search(query, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, count)); // counted once per search, not again by the grid
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.list.title");
    }
}
