package id.arus.billing.internal;

import id.arus.billing.BillingRuns;
import id.arus.settings.OperatorZone;
import id.arus.shared.SystemIdentity;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo: a billing run for this month's period start, as the daily process would have made it on the 1st,
 * so the billing runs screen has a run to show (with the demo subscriptions, which are activated today,
 * it skips them: their first part period is invoiced at activation or by next month's run). Only on a
 * database without any run; waits on its own thread until the demo subscriptions exist (at most a minute).
 */
@Component
@Profile("demo")
class BillingRunDemoData {

    private static final Logger log = LoggerFactory.getLogger(BillingRunDemoData.class);
    private static final int PATIENCE_SECONDS = 60;

    private final BillingRuns runs;
    private final OperatorZone zone;
    private final JdbcClient jdbc;

    BillingRunDemoData(BillingRuns runs, OperatorZone zone, JdbcClient jdbc) {
        this.runs = runs;
        this.zone = zone;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnEmptyDatabase() {
        if (jdbc.sql("select exists (select 1 from billing_run)").query(Boolean.class).single()) {
            return;
        }
        Thread seeder = new Thread(() -> {
            try {
                for (int second = 0; second < PATIENCE_SECONDS && !subscriptionsExist(); second++) {
                    Thread.sleep(1000);
                }
                LocalDate thisMonth = LocalDate.now(zone.zone()).withDayOfMonth(1);
                SystemIdentity.run("demo-data", () -> runs.runNow(thisMonth, "SCHEDULED"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Demo billing run not made: {}", e.toString());
            }
        }, "billing-run-demo-data");
        seeder.setDaemon(true);
        seeder.start();
    }

    private boolean subscriptionsExist() {
        return jdbc.sql("select exists (select 1 from subscription where status = 'ACTIVE')").query(Boolean.class).single();
    }
}
