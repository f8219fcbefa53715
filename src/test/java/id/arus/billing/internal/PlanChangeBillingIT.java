package id.arus.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.arus.ArusIT;
import id.arus.billing.BillingRuns;
import id.arus.billing.BillingTestData;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.billing.PaymentApplication;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.network.IpPools;
import id.arus.network.NasManagement;
import id.arus.network.NetworkTestSupport;
import id.arus.network.TestRouters;
import id.arus.settings.OperatorZone;
import id.arus.shared.Money;
import id.arus.shared.SystemIdentity;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionPlanChanged;
import id.arus.subscription.TestSubscribers;
import id.arus.workflow.TaskInbox;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A plan change of an active prepaid subscriber on a simulated RouterOS, asked for through the module API as
 * CS would: the router gets the new profile, and billing settles the rest of the already invoiced month pro-rata,
 * an upgrade as one PLAN_CHANGE invoice, a downgrade as credit, each change once however often its event
 * arrives. The processes and listeners run in the background as in production. A postpaid change in a past
 * month is settled from its event and billed by that month's run, as the schedule would.
 */
@ArusIT
class PlanChangeBillingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);
    static final TestRouters routers = new TestRouters();

    @Autowired
    SubscriptionManagement subscriptions;
    @Autowired
    PlanCatalog plans;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    NasManagement registry;
    @Autowired
    IpPools pools;
    @Autowired
    TaskInbox inbox;
    @Autowired
    Invoices invoices;
    @Autowired
    ProrataOnPlanChange settlement;
    @Autowired
    BillingRuns runs;
    @Autowired
    OperatorZone zone;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterAll
    static void stopRouters() {
        routers.close();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUpgradeIsInvoicedPartPeriodOnceAndADowngradeBecomesCredit() throws Exception {
        SimulatedRouter router = routers.get(RouterOsVersion.V7_16);
        TestSubscribers subscribers = new TestSubscribers(registry, pools, customers, subscriptions, inbox, tag);
        String site = subscribers.siteOn(router, "10.94.0.10-10.94.0.20");
        Plan basic = plan("B", 300_000);
        Plan premium = plan("P", 450_000);
        Subscription active = subscribers.active(basic.id(), site);
        String number = active.number();
        Invoice activation = awaitInvoices(number, InvoicePurpose.PRORATA, 1).get(0);

        // CS upgrades: the router follows, billing swaps the rest of the month
        NetworkTestSupport.signIn("cs-" + tag, "CS");
        TestSubscribers.acceptedOnceNotBusy("the upgrade", () -> subscriptions.changePlan(number, premium.id()));
        NetworkTestSupport.await("the premium profile on the router", TIMEOUT, () -> router.print("/ppp/secret").stream()
                .anyMatch(s -> active.login().equals(s.get("name")) && premium.profileName().equals(s.get("profile"))));
        Invoice upgrade = awaitInvoices(number, InvoicePurpose.PLAN_CHANGE, 1).get(0);

        LocalDate today = LocalDate.now(zone.zone());
        LocalDate monthEnd = YearMonth.from(today).atEndOfMonth();
        int days = monthEnd.getDayOfMonth() - today.getDayOfMonth() + 1;
        long basicRest = share(300_000, days, monthEnd.getDayOfMonth());
        long premiumRest = share(450_000, days, monthEnd.getDayOfMonth());
        assertThat(activation.lines()).extracting(InvoiceLine::amount).containsExactly(Money.idr(basicRest));
        assertThat(upgrade.lines()).extracting(InvoiceLine::kind, line -> line.amount().rupiah())
                .containsExactly(tuple(LineKind.DISCOUNT, -basicRest),
                        tuple(LineKind.PRORATA, premiumRest));
        assertThat(upgrade.lines().get(1).description()).contains(premium.name(), "ganti paket");
        assertThat(upgrade.subtotal()).isEqualTo(Money.idr(premiumRest - basicRest));
        assertThat(upgrade.total()).isEqualTo(Money.idr(withTax(premiumRest - basicRest, upgrade.taxRate())));
        assertThat(upgrade.periodStart()).isEqualTo(today);
        assertThat(upgrade.periodEnd()).isEqualTo(monthEnd);
        assertThat(upgrade.planCode()).isEqualTo(premium.code());

        // the event again (the publication registry retries, or a second node): nothing more
        SubscriptionPlanChanged delivered = recordedChange(active, premium.id());
        SystemIdentity.run("billing-plan-change", () -> settlement.settle(delivered));
        NetworkTestSupport.signIn("finance-" + tag, "FINANCE");
        assertThat(invoices(number, InvoicePurpose.PLAN_CHANGE)).hasSize(1);

        // both paid, then CS downgrades again the same day: the premium rest comes back as credit, no invoice
        for (Invoice paid : List.of(activation, upgrade)) {
            invoices.applyPayment(new PaymentApplication(paid.number(), paid.total(), "RCPT-" + paid.number(), "CASH", Instant.now()));
        }
        NetworkTestSupport.signIn("cs-" + tag, "CS");
        TestSubscribers.acceptedOnceNotBusy("the downgrade", () -> subscriptions.changePlan(number, basic.id()));
        NetworkTestSupport.signIn("finance-" + tag, "FINANCE");
        long credit = withTax(premiumRest - basicRest, upgrade.taxRate());
        NetworkTestSupport.await("the downgrade's credit", TIMEOUT,
                () -> invoices.creditOf(active.customerCode()).equals(Money.idr(credit)));
        assertThat(invoices(number, InvoicePurpose.PLAN_CHANGE)).as("no negative invoice").hasSize(1);
        assertThat(invoices.get(upgrade.number()).status()).isEqualTo(InvoiceStatus.PAID);

        SubscriptionPlanChanged downgrade = recordedChange(active, basic.id());
        SystemIdentity.run("billing-plan-change", () -> settlement.settle(downgrade));
        NetworkTestSupport.signIn("finance-" + tag, "FINANCE");
        assertThat(invoices.creditOf(active.customerCode())).as("the credit kept once").isEqualTo(Money.idr(credit));
    }

    @Test
    void postpaidPaysEachPlanForItsOwnDaysBetweenTheChangeAndTheNextRun() {
        // a postpaid subscriber since 2017, moved from 450,000 to 300,000 on 21 November 2017
        NetworkTestSupport.signIn("admin-" + tag, "ADMIN");
        Plan before = BillingTestData.plan(plans, Money.idr(450_000), false, BillingCycle.MONTHLY, false, Money.ZERO);
        Plan after = BillingTestData.plan(plans, Money.idr(300_000), false, BillingCycle.MONTHLY, false, Money.ZERO);
        String number = subscriberSince2017("Pascabayar", after);
        try {
            SubscriptionPlanChanged change = new SubscriptionPlanChanged(Math.abs(UUID.randomUUID().getMostSignificantBits()),
                    number, customerIdOf(number), before.id(), before.version(), after.id(), after.version(),
                    Instant.parse("2017-11-21T02:00:00Z"), LocalDate.parse("2017-11-21"));
            SystemIdentity.run("billing-plan-change", () -> settlement.settle(change));

            NetworkTestSupport.signIn("finance-" + tag, "FINANCE");
            Invoice settled = invoices(number, InvoicePurpose.PLAN_CHANGE).get(0);
            // 1..20 November: 450,000 - 150,000 used at the old plan, 300,000 - 100,000 that the run bills at the new one
            assertThat(settled.lines()).extracting(InvoiceLine::kind, line -> line.amount().rupiah())
                    .containsExactly(tuple(LineKind.PRORATA, 300_000L), tuple(LineKind.DISCOUNT, -200_000L));
            assertThat(settled.periodStart()).isEqualTo(LocalDate.parse("2017-11-01"));
            assertThat(settled.periodEnd()).isEqualTo(LocalDate.parse("2017-11-20"));

            runs.runNow(LocalDate.parse("2017-12-01"), "MANUAL");
            Invoice november = invoices(number, InvoicePurpose.RECURRING).get(0);
            assertThat(november.periodStart()).isEqualTo(LocalDate.parse("2017-11-01"));
            // 20 days at 450,000 and 10 days at 300,000: 300,000 + 100,000, over both invoices
            assertThat(november.subtotal().plus(settled.subtotal())).isEqualTo(Money.idr(400_000));
        } finally {
            retire(number);
        }
    }

    @Test
    void aPostpaidChangeOnTheFirstBeforeThatDaysRunStillPaysTheEndedMonthAtTheOldPlan() {
        // two postpaid subscribers at 450,000 since 2017, changed at 00:30 on 1 January 2018, before the 01:00 run
        NetworkTestSupport.signIn("admin-" + tag, "ADMIN");
        Plan before = BillingTestData.plan(plans, Money.idr(450_000), false, BillingCycle.MONTHLY, false, Money.ZERO);
        Plan postpaid = BillingTestData.plan(plans, Money.idr(300_000), false, BillingCycle.MONTHLY, false, Money.ZERO);
        Plan prepaid = BillingTestData.plan(plans, Money.idr(300_000), false, BillingCycle.MONTHLY, true, Money.ZERO);
        String toPostpaid = subscriberSince2017("Akhir tahun", postpaid);
        String toPrepaid = subscriberSince2017("Ganti prabayar", prepaid);
        try {
            Instant changedAt = Instant.parse("2017-12-31T17:30:00Z");
            for (String number : List.of(toPostpaid, toPrepaid)) {
                Plan after = number.equals(toPostpaid) ? postpaid : prepaid;
                SubscriptionPlanChanged change = new SubscriptionPlanChanged(Math.abs(UUID.randomUUID().getMostSignificantBits()),
                        number, customerIdOf(number), before.id(), before.version(), after.id(), after.version(),
                        changedAt, LocalDate.parse("2018-01-01"));
                SystemIdentity.run("billing-plan-change", () -> settlement.settle(change));
            }
            runs.runNow(LocalDate.parse("2018-01-01"), "MANUAL");

            NetworkTestSupport.signIn("finance-" + tag, "FINANCE");
            // to postpaid: the run bills December at 300,000, the settlement the other 150,000
            Invoice difference = invoices(toPostpaid, InvoicePurpose.PLAN_CHANGE).get(0);
            assertThat(difference.lines()).extracting(InvoiceLine::kind, line -> line.amount().rupiah())
                    .containsExactly(tuple(LineKind.PRORATA, 450_000L), tuple(LineKind.DISCOUNT, -300_000L));
            Invoice december = invoices(toPostpaid, InvoicePurpose.RECURRING).get(0);
            assertThat(december.periodStart()).isEqualTo(LocalDate.parse("2017-12-01"));
            assertThat(december.subtotal().plus(difference.subtotal())).isEqualTo(Money.idr(450_000));

            // to prepaid: the run bills January in advance and not December, which the settlement bills in full
            Invoice ended = invoices(toPrepaid, InvoicePurpose.PLAN_CHANGE).get(0);
            assertThat(ended.subtotal()).isEqualTo(Money.idr(450_000));
            assertThat(ended.periodStart()).isEqualTo(LocalDate.parse("2017-12-01"));
            assertThat(invoices(toPrepaid, InvoicePurpose.RECURRING)).extracting(Invoice::periodStart, Invoice::subtotal)
                    .containsExactly(tuple(LocalDate.parse("2018-01-01"), Money.idr(300_000)));
        } finally {
            retire(toPostpaid);
            retire(toPrepaid);
        }
    }

    /** An active subscriber on the plan, activated in March 2017, of a customer of their own. */
    private String subscriberSince2017(String name, Plan plan) {
        Customer customer = customers.create(TestCustomers.form(name + " " + tag));
        String prefix = BillingTestData.prefix();
        BillingTestData.subscriptions(jdbc, prefix, plan, 1, "ACTIVE", Instant.parse("2017-03-05T03:00:00Z"), 1);
        String number = prefix + "-000001";
        jdbc.sql("update subscription set customer_id = ?, customer_code = ? where number = ?")
                .params(customer.id(), customer.code(), number).update();
        return number;
    }

    private long customerIdOf(String subscriptionNumber) {
        return jdbc.sql("select customer_id from subscription where number = ?").param(subscriptionNumber).query(Long.class).single();
    }

    /** Out of later runs' way. */
    private void retire(String subscriptionNumber) {
        jdbc.sql("update subscription set status = 'TERMINATED' where number = ?").param(subscriptionNumber).update();
    }

    private Plan plan(String prefix, long price) {
        NetworkTestSupport.signIn("admin-" + tag, "ADMIN");
        return plans.create(new PlanForm(prefix + tag.toUpperCase(), "Rumah " + prefix + " " + tag, PlanType.PPPOE, 10_000, 5_000,
                null, Money.idr(price), false, BillingCycle.MONTHLY, true, Money.ZERO, false));
    }

    private List<Invoice> awaitInvoices(String number, InvoicePurpose purpose, int count) throws InterruptedException {
        NetworkTestSupport.await(count + " " + purpose + " invoice(s) of " + number, TIMEOUT,
                () -> invoices(number, purpose).size() >= count);
        return invoices(number, purpose);
    }

    private List<Invoice> invoices(String number, InvoicePurpose purpose) {
        NetworkTestSupport.signIn("finance-" + tag, "FINANCE");
        List<String> numbers = jdbc.sql("select number from invoice where subscription_number = ? and purpose = ? order by id")
                .params(number, purpose.name()).query(String.class).list();
        return numbers.stream().map(invoices::get).toList();
    }

    /** The change to the plan as billing recorded it: the event it was handed, delivered again. */
    private SubscriptionPlanChanged recordedChange(Subscription subscription, long newPlanId) {
        return jdbc.sql("""
                        select change_id, old_plan_id, old_plan_version, new_plan_id, new_plan_version, changed_at, effective_on
                        from plan_change_settlement where subscription_number = ? and new_plan_id = ?""")
                .params(subscription.number(), newPlanId)
                .query((rs, n) -> new SubscriptionPlanChanged(rs.getLong(1), subscription.number(), subscription.customerId(),
                        rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getInt(5), rs.getTimestamp(6).toInstant(),
                        rs.getObject(7, LocalDate.class)))
                .single();
    }

    /** price × days / days in the month, half up: the activation pro-rata's rounding, written out. */
    private static long share(long price, int days, int monthDays) {
        return BigDecimal.valueOf(price * days).divide(BigDecimal.valueOf(monthDays), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long withTax(long subtotal, BigDecimal ratePercent) {
        return subtotal + BigDecimal.valueOf(subtotal).multiply(ratePercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
