package id.arus.subscription.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.network.NetworkTestSupport;
import id.arus.shared.Money;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The subscription screens, browserless: CS registers (after fixing what the form refuses), finds and opens it. */
@ArusIT
class SubscriptionViewsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    SubscriptionManagement subscriptions;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private Plan plan;
    private Customer customer;

    @BeforeEach
    void planAndCustomer() {
        NetworkTestSupport.signIn("views-admin-" + tag, "ADMIN");
        plan = catalog.create(new PlanForm("V" + tag.toUpperCase(), "Rumah 5M " + tag, PlanType.PPPOE, 5_000, 2_000, null,
                Money.idr(100_000), true, BillingCycle.MONTHLY, false, Money.ZERO, false));
        customer = customers.create(TestCustomers.form("Views " + tag));
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void customerServiceRegistersASubscriptionAndOpensIt() {
        NetworkTestSupport.signIn("views-cs-" + tag, "CS");
        KaribuViews.start(context, Locale.ENGLISH);
        UI.getCurrent().navigate(SubscriptionRegistrationView.class, QueryParameters.of("customer", customer.code()));
        SubscriptionRegistrationView form = _get(SubscriptionRegistrationView.class);
        assertThat(_get(form, TextField.class, spec -> spec.withId("registration-customer")).getValue()).isEqualTo(customer.code());

        ComboBox<Plan> plans = _get(form, ComboBox.class, spec -> spec.withId("registration-plan"));
        plans.setValue(plans.getListDataView().getItems().filter(p -> p.id() == plan.id()).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("registration-save")));
        TextField site = _get(TextField.class, spec -> spec.withId("registration-site"));
        assertThat(site.isInvalid()).isTrue();
        assertThat(site.getErrorMessage()).isEqualTo("Enter the installation site (POP).");
        assertThat(_get(TextArea.class, spec -> spec.withId("registration-address")).isInvalid()).isTrue();

        site.setValue("Cimahi");
        _get(TextArea.class, spec -> spec.withId("registration-address")).setValue("Jl. Cihanjuang 5");
        _click(_get(Button.class, spec -> spec.withId("registration-save")));

        SubscriptionDetailView detail = _get(SubscriptionDetailView.class);
        List<Subscription> mine = subscriptions.ofCustomer(customer.code());
        assertThat(mine).hasSize(1);
        String number = mine.get(0).number();
        assertThat(detail.getPageTitle()).isEqualTo(number);
        assertThat(_get(Span.class, spec -> spec.withId("subscription-status")).getText()).isEqualTo("Onboarding");
        assertThat(_get(TextField.class, spec -> spec.withId("fact-site")).getValue()).isEqualTo("Cimahi");
        assertThat(_find(Button.class, spec -> spec.withId("action-terminate"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("action-suspend"))).as("only an active subscription").isEmpty();

        UI.getCurrent().navigate(SubscriptionsView.class);
        ComboBox<SubscriptionStatus> status = _get(ComboBox.class, spec -> spec.withId("subscriptions-status"));
        status.setValue(SubscriptionStatus.ONBOARDING);
        Grid<Subscription> grid = _get(Grid.class, spec -> spec.withId("subscriptions-grid"));
        boolean listed = false;
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._getFormatted(grid, row, "number").equals(number)) {
                listed = true;
                assertThat(GridKt._getFormatted(grid, row, "status")).isEqualTo("Onboarding");
                assertThat(GridKt._getFormatted(grid, row, "customer")).isEqualTo(customer.code());
            }
        }
        assertThat(listed).as(number + " listed among onboarding subscriptions").isTrue();
    }

    @Test
    void financeSeesTheListWithoutTheRegistrationButton() {
        NetworkTestSupport.signIn("views-finance-" + tag, "FINANCE");
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.show(SubscriptionsView.class);

        assertThat(_find(Button.class, spec -> spec.withId("subscriptions-new"))).as("only ADMIN and CS register").isEmpty();
        assertThat(_find(ComboBox.class, spec -> spec.withId("subscriptions-nas"))).as("finance may not list routers").isEmpty();
        assertThat(_get(Grid.class, spec -> spec.withId("subscriptions-grid"))).isNotNull();
    }
}
