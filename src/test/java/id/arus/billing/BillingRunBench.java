package id.arus.billing;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.shared.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code ./bench/run.sh billing}: a billing run over 100,000 active subscriptions (seeded with one SQL
 * statement, activated long ago, half prepaid and half postpaid) on the embedded PostgreSQL, then the same
 * run again, which must issue nothing. Prints BENCH lines; asserts only the counts, never a time.
 */
@ArusIT
class BillingRunBench {

    private static final int SUBSCRIPTIONS = Integer.getInteger("bench.billing.subscriptions", 100_000);

    @Autowired
    BillingRuns runs;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void billingRunOverAHundredThousandSubscriptions() {
        signIn("bench-finance", "FINANCE");
        Plan prepaid = BillingTestData.plan(catalog, Money.idr(166_500), true, BillingCycle.MONTHLY, true, Money.ZERO);
        Plan postpaid = BillingTestData.plan(catalog, Money.idr(250_000), false, BillingCycle.MONTHLY, false, Money.ZERO);
        String prefix = BillingTestData.prefix();
        var longAgo = OffsetDateTime.parse("2015-06-15T10:00:00+07:00").toInstant();
        long seedStart = System.nanoTime();
        BillingTestData.subscriptions(jdbc, prefix, prepaid, SUBSCRIPTIONS / 2, "ACTIVE", longAgo, 1);
        BillingTestData.subscriptions(jdbc, prefix, postpaid, SUBSCRIPTIONS - SUBSCRIPTIONS / 2, "ACTIVE", longAgo,
                SUBSCRIPTIONS / 2 + 1);
        jdbc.sql("analyze subscription").update();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        LocalDate period = LocalDate.parse("2016-01-01");
        try {
            long t0 = System.nanoTime();
            BillingRun first = runs.runNow(period, "MANUAL");
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            BillingRun again = runs.runNow(period, "MANUAL");
            double againSeconds = (System.nanoTime() - t1) / 1e9;

            assertThat(first.issued()).isEqualTo(SUBSCRIPTIONS);
            assertThat(again.issued()).isZero();
            System.out.printf(Locale.ROOT, "BENCH billing billing_run_100k_s %.1f s%n", firstSeconds);
            System.out.printf(Locale.ROOT, "BENCH billing billing_rerun_100k_s %.1f s%n", againSeconds);
            System.out.printf(Locale.ROOT, "BENCH billing billing_rerun_new_invoices %d invoices%n", again.issued());
            System.out.printf(Locale.ROOT, "BENCH billing billing_run_invoices_per_s %.0f invoices/s%n", first.issued() / firstSeconds);
            System.out.printf(Locale.ROOT, "BENCH billing billing_note %d subscriptions seeded in %.1f s; first run issued %d, skipped %d, failed %d%n",
                    SUBSCRIPTIONS, seedSeconds, first.issued(), first.skipped(), first.failed());
        } finally {
            BillingTestData.retire(jdbc, prefix);
            SecurityContextHolder.clearContext();
        }
    }
}
