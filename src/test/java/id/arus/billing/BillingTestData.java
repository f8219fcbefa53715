package id.arus.billing;

import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.shared.Money;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subscriptions for billing tests and benchmarks, written straight into the subscription table with one
 * statement (a billing run reads them through the subscription module like any other). Each batch has a
 * prefix of its own; {@link #retire} terminates a batch so later runs in the shared test database skip it.
 */
public final class BillingTestData {

    private BillingTestData() {
    }

    /** A new plan; the caller is signed in as ADMIN or FINANCE. */
    public static Plan plan(PlanCatalog catalog, Money price, boolean taxInclusive, BillingCycle cycle, boolean prepaid,
                            Money installationFee) {
        String code = "BR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return catalog.create(new PlanForm(code, "Rumah " + code, PlanType.PPPOE, 20_000, 5_000, null, price, taxInclusive,
                cycle, prepaid, installationFee, false));
    }

    /** A prefix unique to one batch, e.g. {@code BT3F2A}. */
    public static String prefix() {
        return "BT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /**
     * {@code count} subscriptions numbered {@code <prefix>-000001...} of customers {@code <prefix>-C000001...},
     * all on one plan version, in the given status and activated at that moment.
     */
    public static void subscriptions(JdbcClient jdbc, String prefix, Plan plan, int count, String status, Instant activatedAt,
                                     int firstIndex) {
        jdbc.sql("""
                        insert into subscription (number, customer_id, customer_code, plan_id, plan_version, type, status,
                            site, installation_address, activated_at)
                        select :prefix || '-' || lpad(n::text, 6, '0'), 900000000 + n, :prefix || '-C' || lpad(n::text, 6, '0'),
                            :plan, :version, 'PPPOE', :status, 'Area ' || (n % 7), 'Jl. Uji ' || n, :activated
                        from generate_series(:first, :last) as n""")
                .param("prefix", prefix).param("plan", plan.id()).param("version", plan.version()).param("status", status)
                .param("activated", java.sql.Timestamp.from(activatedAt)).param("first", firstIndex)
                .param("last", firstIndex + count - 1).update();
    }

    /** Terminates the batch, so runs for other periods do not bill it. */
    public static void retire(JdbcClient jdbc, String prefix) {
        jdbc.sql("update subscription set status = 'TERMINATED' where number like ? || '-%'").param(prefix).update();
    }
}
