package id.arus.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.billing.BillingRun;
import id.arus.billing.BillingRunStatus;
import id.arus.billing.BillingRuns;
import id.arus.billing.BillingTestData;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.network.NetworkTestSupport;
import id.arus.shell.ArusI18n;
import id.arus.shared.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The billing runs screen, browserless: a refused period, a run started by finance and its summary. */
@ArusIT
class BillingRunsViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    BillingRuns runs;
    @Autowired
    JdbcClient jdbc;

    private String prefix;

    @AfterEach
    void stop() {
        KaribuViews.stop();
        if (prefix != null) {
            BillingTestData.retire(jdbc, prefix);
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    void financeStartsARunForAPeriodStartAndSeesItsSummary() throws InterruptedException {
        NetworkTestSupport.signIn("billing-view-finance", "FINANCE");
        Plan plan = BillingTestData.plan(catalog, Money.idr(100_000), false, BillingCycle.MONTHLY, true, Money.ZERO);
        prefix = BillingTestData.prefix();
        BillingTestData.subscriptions(jdbc, prefix, plan, 12, "ACTIVE", OffsetDateTime.parse("2016-02-03T10:00:00+07:00").toInstant(), 1);
        KaribuViews.start(context, Locale.ENGLISH);
        BillingRunsView view = KaribuViews.show(BillingRunsView.class);
        assertThat(view.following()).as("no run is running: the screen does not poll").isFalse();

        DatePicker period = _get(DatePicker.class, spec -> spec.withId("billing-run-period"));
        period.setValue(LocalDate.parse("2016-04-15"));
        _click(_get(Button.class, spec -> spec.withId("billing-run-start")));
        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).isEqualTo("Billing periods always start on the 1st; choose the 1st of a month.");

        period.setValue(LocalDate.parse("2016-04-01"));
        _click(_get(Button.class, spec -> spec.withId("billing-run-start")));
        assertThat(period.isInvalid()).isFalse();
        BillingRun started = runs.recent(1).get(0);
        assertThat(started.periodStart()).isEqualTo(LocalDate.parse("2016-04-01"));
        for (int i = 0; i < 300 && runs.get(started.id()).status() == BillingRunStatus.RUNNING; i++) {
            Thread.sleep(100);
        }
        view.refresh();
        assertThat(view.following()).as("the run finished: polling stopped").isFalse();

        assertThat(_get(Span.class, spec -> spec.withId("billing-run-progress-text")).getText())
                .isEqualTo("Run #" + started.id() + " for 2016-04-01: done, 12 of 12 subscriptions");
        assertThat(_get(Paragraph.class, spec -> spec.withId("billing-run-summary")).getText())
                .startsWith("Issued 12 invoices, 0 already invoiced, 0 failed; total Rp 1.332.000;");
        @SuppressWarnings("unchecked")
        Grid<BillingRun> grid = _get(Grid.class, spec -> spec.withId("billing-runs"));
        assertThat(GridKt._getFormatted(grid, 0, "issued")).isEqualTo("12");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("done");
        assertThat(GridKt._getFormatted(grid, 0, "trigger")).isEqualTo("Manual");
    }

    @Test
    void theScreenSpeaksIndonesianFirst() {
        NetworkTestSupport.signIn("billing-view-admin", "ADMIN");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(BillingRunsView.class);
        assertThat(_get(Button.class, spec -> spec.withId("billing-run-start")).getText()).isEqualTo("Jalankan penagihan");
        assertThat(_get(DatePicker.class, spec -> spec.withId("billing-run-period")).getValue().getDayOfMonth()).isEqualTo(1);
    }
}
