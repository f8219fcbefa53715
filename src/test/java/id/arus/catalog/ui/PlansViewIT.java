package id.arus.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.network.NetworkTestSupport;
import id.arus.shell.ArusI18n;
import id.arus.shared.Money;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The plans screen, browserless: finance creates a plan with burst, fixes what the form refuses, revises it. */
@ArusIT
class PlansViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanCatalog catalog;

    private final String code = "VIEW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @AfterEach
    void stop() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void financeCreatesAPlanWithBurstAndRevisesItForExistingSubscriptions() {
        NetworkTestSupport.signIn("plans-view-finance", "FINANCE");
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.show(PlansView.class);

        _click(_get(Button.class, spec -> spec.withId("plans-new")));
        _get(TextField.class, spec -> spec.withId("plan-code")).setValue(code.toLowerCase());
        _get(TextField.class, spec -> spec.withId("plan-name")).setValue("Rumah 20 Mbps");
        integer("plan-download").setValue(20_000);
        integer("plan-upload").setValue(5_000);
        integer("plan-price").setValue(166_500);
        integer("plan-burst-down").setValue(40_000);
        integer("plan-burst-up").setValue(10_000);
        integer("plan-threshold-down").setValue(16_000);
        integer("plan-threshold-up").setValue(5_000);
        integer("plan-burst-time").setValue(8);
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        IntegerField thresholdUp = integer("plan-threshold-up");
        assertThat(thresholdUp.isInvalid()).isTrue();
        assertThat(thresholdUp.getErrorMessage()).isEqualTo("The burst threshold must lie between limit-at and the plan's speed (below the speed).");
        assertThat(integer("plan-threshold-down").isInvalid()).isFalse();
        thresholdUp.setValue(4_000);
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        Plan created = catalog.findByCode(code).orElseThrow();
        assertThat(created.rateLimit()).isEqualTo("5M/20M 10M/40M 4M/16M 8/8 8");
        Grid<Plan> grid = grid();
        int row = row(grid, code);
        assertThat(GridKt._getFormatted(grid, row, "speed")).isEqualTo("20M / 5M ⚡");
        assertThat(GridKt._getFormatted(grid, row, "version")).isEqualTo("1");

        GridKt._clickItem(grid, row);
        assertThat(_get(Checkbox.class, spec -> spec.withId("plan-apply-to-existing")).isVisible()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("plan-code")).isReadOnly()).as("a plan's code never changes").isTrue();
        integer("plan-price").setValue(177_600);
        _get(Checkbox.class, spec -> spec.withId("plan-apply-to-existing")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(catalog.get(created.id()).version()).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid(), row(grid(), code), "version")).isEqualTo("2");
    }

    @Test
    void customerServiceReadsInIndonesianWithoutChanging() {
        NetworkTestSupport.signIn("plans-view-admin", "ADMIN");
        catalog.create(new PlanForm(code, "Hotspot", PlanType.HOTSPOT, 5_000, 2_000, null, Money.idr(50_000), true,
                BillingCycle.MONTHLY, true, Money.ZERO, false));
        NetworkTestSupport.signIn("plans-view-cs", "CS");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(PlansView.class);

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("plans-new"))).as("hidden for CS").isEmpty();
        Grid<Plan> grid = grid();
        int row = row(grid, code);
        assertThat(GridKt._getFormatted(grid, row, "type")).isEqualTo("Hotspot");
        assertThat(GridKt._getFormatted(grid, row, "price")).isEqualTo("Rp 50.000 termasuk PPN");
        assertThat(GridKt._getFormatted(grid, row, "cycle")).isEqualTo("Bulanan, Prabayar");
        GridKt._clickItem(grid, row);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Dialog.class)).as("no editor for CS").isEmpty();
    }

    private static IntegerField integer(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Plan> grid() {
        return _get(Grid.class, spec -> spec.withId("plans-grid"));
    }

    private static int row(Grid<Plan> grid, String code) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).code().equals(code)).findFirst().orElseThrow();
    }
}
