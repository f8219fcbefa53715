package id.arus.subscription.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.network.Nas;
import id.arus.network.NasManagement;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import id.arus.shell.LocationPicker;
import id.arus.subscription.Registration;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import jakarta.annotation.security.RolesAllowed;

/**
 * A new service for a customer ({@code ?customer=CUST-000123} pre-fills the customer): plan, site, address,
 * location and optionally a NAS staff want it on. Saving starts onboarding and opens the subscription.
 */
@Route(SubscriptionRegistrationView.ROUTE)
@RolesAllowed({"ADMIN", "CS"})
public class SubscriptionRegistrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "subscriptions/new";

    private final transient SubscriptionManagement subscriptions;
    private final TextField customer = new TextField();
    private final ComboBox<Plan> plan = new ComboBox<>();
    private final TextField site = new TextField();
    private final TextArea address = new TextArea();
    private final LocationPicker location = new LocationPicker();
    private final ComboBox<Nas> nas = new ComboBox<>();
    private final TextArea notes = new TextArea();
    private final FieldErrors errors = new FieldErrors(this);

    public SubscriptionRegistrationView(SubscriptionManagement subscriptions, PlanCatalog plans, NasManagement routers) {
        this.subscriptions = subscriptions;
        setPadding(true);
        customer.setId("registration-customer");
        customer.setLabel(getTranslation("subscription.customer"));
        customer.setRequired(true);
        plan.setId("registration-plan");
        plan.setLabel(getTranslation("subscription.plan"));
        plan.setItems(plans.sellable());
        plan.setItemLabelGenerator(p -> p.code() + " - " + p.name() + " (" + p.type() + ")");
        plan.setRequired(true);
        site.setId("registration-site");
        site.setLabel(getTranslation("subscription.site"));
        site.setRequired(true);
        site.setMaxLength(100);
        address.setId("registration-address");
        address.setLabel(getTranslation("subscription.installationAddress"));
        address.setRequired(true);
        address.setMaxLength(500);
        location.setId("registration-location");
        location.setLabel(getTranslation("subscription.location"));
        nas.setId("registration-nas");
        nas.setLabel(getTranslation("subscription.requestedNas"));
        nas.setHelperText(getTranslation("subscription.requestedNas.help"));
        nas.setItems(VisibleRouters.of(routers));
        nas.setItemLabelGenerator(n -> n.name() + " (" + n.site() + ")");
        nas.setClearButtonVisible(true);
        notes.setId("registration-notes");
        notes.setLabel(getTranslation("subscription.notes"));
        notes.setMaxLength(2000);
        errors.bind("customerCode", customer).bind("planId", plan).bind("site", site).bind("installationAddress", address)
                .bind("location", location).bind("requestedNasId", nas).bind("notes", notes);

        Button save = new Button(getTranslation("subscriptions.register"), e -> save());
        save.setId("registration-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(customer, plan, site, nas, address, location, notes);
        add(new H2(getTranslation("subscriptions.new")), form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("customer").ifPresent(customer::setValue);
    }

    private void save() {
        errors.clear();
        try {
            GeoPoint place = GeoPoint.parse(location.getText(), "subscription.location.invalid");
            Subscription created = subscriptions.register(new Registration(customer.getValue().trim(),
                    plan.getValue() == null ? 0 : plan.getValue().id(), site.getValue(), address.getValue(), place,
                    nas.getValue() == null ? null : nas.getValue().id(), notes.getValue()));
            FieldErrors.success(getTranslation("subscriptions.registered", created.number()));
            getUI().ifPresent(ui -> ui.navigate(SubscriptionDetailView.class, new RouteParameters("number", created.number())));
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscriptions.new");
    }
}
