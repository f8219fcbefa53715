package id.arus.billing.internal;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.billing.BillingRun;
import id.arus.billing.BillingRunFinished;
import id.arus.billing.BillingRunStatus;
import id.arus.billing.BillingRuns;
import id.arus.billing.BillingTestData;
import id.arus.billing.InvoiceLine;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.billing.internal.RunChunkWriter.DueInvoice;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Billing runs against the real schema. Each test bills subscriptions activated long ago for a past period
 * start, so subscriptions other tests create (activated today) are never due in it, and retires its own
 * afterwards.
 */
@ArusIT
@RecordApplicationEvents
class BillingRunIT {

    @Autowired
    BillingRuns runs;
    @Autowired
    Invoices invoices;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunChunkWriter writer;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;

    private final List<String> batches = new ArrayList<>();

    @AfterEach
    void retire() {
        batches.forEach(prefix -> BillingTestData.retire(jdbc, prefix));
        SecurityContextHolder.clearContext();
    }

    private String batch() {
        String prefix = BillingTestData.prefix();
        batches.add(prefix);
        return prefix;
    }

    private static OffsetDateTime jakarta(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00");
    }

    @Test
    void everyActiveAndSuspendedSubscriptionGetsOneInvoiceWithGaplessNumbersAndARerunIssuesNothing() {
        signIn("finance-it", "FINANCE");
        Plan plan = BillingTestData.plan(catalog, Money.idr(110_000), false, BillingCycle.MONTHLY, true, Money.ZERO);
        String prefix = batch();
        var longAgo = jakarta("2020-01-10T09:00:00").toInstant();
        BillingTestData.subscriptions(jdbc, prefix, plan, 30, "ACTIVE", longAgo, 1);
        BillingTestData.subscriptions(jdbc, prefix, plan, 5, "SUSPENDED", longAgo, 31);
        BillingTestData.subscriptions(jdbc, prefix, plan, 5, "TERMINATED", longAgo, 36);

        BillingRun run = runs.runNow(LocalDate.parse("2020-03-01"), "MANUAL");

        assertThat(run.status()).isEqualTo(BillingRunStatus.DONE);
        assertThat(run.startedBy()).isEqualTo("finance-it");
        assertThat(run.issued()).isEqualTo(35);
        assertThat(run.due()).isEqualTo(35);
        assertThat(run.failed()).isZero();
        assertThat(run.total()).isEqualTo(Money.idr(35 * 122_100L));
        List<Map<String, Object>> invoices = jdbc.sql("""
                        select number, subscription_number, period_start, period_end, subtotal, tax, total, status, delivered_at
                        from invoice where billing_run_id = ? order by number""")
                .param(run.id()).query().listOfRows();
        assertThat(invoices).hasSize(35).allSatisfy(i -> {
            assertThat((String) i.get("subscription_number")).startsWith(prefix);
            assertThat(i.get("period_start").toString()).isEqualTo("2020-03-01");
            assertThat(i.get("period_end").toString()).isEqualTo("2020-03-31");
            assertThat(i).containsEntry("subtotal", 110_000L).containsEntry("tax", 12_100L).containsEntry("total", 122_100L)
                    .containsEntry("status", "ISSUED");
            assertThat(i.get("delivered_at")).as("the delivery job mails it").isNull();
        });
        assertThat(invoices).noneMatch(i -> Integer.parseInt(((String) i.get("subscription_number")).substring(prefix.length() + 1)) > 35);
        List<Integer> sequence = invoices.stream().map(i -> Integer.parseInt(((String) i.get("number")).substring(12))).toList();
        assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).as("one chunk takes consecutive numbers").isEqualTo(34);
        assertThat(jdbc.sql("""
                        select count(*) from invoice_line l join invoice i on i.id = l.invoice_id
                        where i.billing_run_id = ? and l.kind = 'PLAN_FEE' and l.amount = 110000 and l.position = 1""")
                .param(run.id()).query(Long.class).single()).isEqualTo(35);
        assertThat(events.stream(BillingRunFinished.class)).contains(new BillingRunFinished(run.id(), 35));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ?").param("billing-run:" + run.id())
                .query(Long.class).single()).isEqualTo(2);

        BillingRun again = runs.runNow(LocalDate.parse("2020-03-01"), "SCHEDULED");

        assertThat(again.status()).isEqualTo(BillingRunStatus.DONE);
        assertThat(again.issued()).isZero();
        assertThat(again.skipped()).isEqualTo(35);
        assertThat(jdbc.sql("select count(*) from invoice where subscription_number like ? || '-%'").param(prefix)
                .query(Long.class).single()).isEqualTo(35);
        assertThat(runs.recent(5)).extracting(BillingRun::id).startsWith(again.id(), run.id());
        assertThat(runs.running()).isEmpty();
    }

    @Test
    void aRunThatCrashedHalfWayIsResumedWithoutDuplicates() {
        signIn("admin-it", "ADMIN");
        Plan plan = BillingTestData.plan(catalog, Money.idr(222_000), true, BillingCycle.MONTHLY, true, Money.ZERO);
        String prefix = batch();
        BillingTestData.subscriptions(jdbc, prefix, plan, 20, "ACTIVE", jakarta("2019-05-02T10:00:00").toInstant(), 1);
        LocalDate period = LocalDate.parse("2019-07-01");
        // a crashed run: RUNNING, its node gone (no lock held), 7 invoices committed
        long crashed = jdbc.sql("insert into billing_run (period_start, trigger, started_by, status) values (?, 'SCHEDULED', 'system:billing-run', 'RUNNING') returning id")
                .param(period).query(Long.class).single();
        List<DueInvoice> firstChunk = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            firstChunk.add(new DueInvoice("%s-%06d".formatted(prefix, n), 900000000L + n, "%s-C%06d".formatted(prefix, n),
                    plan.code(), "Area", period, LocalDate.parse("2019-07-31"), true,
                    List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, "Paket", Money.idr(222_000)))));
        }
        transactions.executeWithoutResult(s -> writer.write(crashed, firstChunk, LocalDate.now(), LocalDate.now(), TaxPolicy.DEFAULT));
        assertThat(runs.running()).as("a run whose node is gone is not running").isEmpty();

        BillingRun resumed = runs.runNow(period, "MANUAL");

        assertThat(resumed.issued()).isEqualTo(13);
        assertThat(resumed.skipped()).isEqualTo(7);
        assertThat(runs.get(crashed).status()).isEqualTo(BillingRunStatus.FAILED);
        assertThat(runs.get(crashed).error()).contains("interrupted");
        assertThat(jdbc.sql("""
                        select count(*), count(distinct subscription_number) from invoice where subscription_number like ? || '-%'""")
                .param(prefix).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single()).containsExactly(20L, 20L);
        // a price with PPN in it: 222,000 = 200,000 + 11%
        assertThat(jdbc.sql("select distinct subtotal || '+' || tax || '=' || total from invoice where billing_run_id = ?")
                .param(resumed.id()).query(String.class).list()).containsExactly("200000+22000=222000");
        // the run keeps the plan's tax terms on its invoices, so a late fee is priced with PPN in it too
        String number = jdbc.sql("select number from invoice where billing_run_id = ? limit 1").param(resumed.id())
                .query(String.class).single();
        assertThat(invoices.addLateFee(number, Money.idr(10_000), "BILL-011", "Denda").total()).isEqualTo(Money.idr(232_000));
    }

    @Test
    void postpaidPaysTheEndedPeriodWithAPartPeriodAndInstallationOnItsFirstInvoice() {
        signIn("finance-it", "FINANCE");
        Plan postpaid = BillingTestData.plan(catalog, Money.idr(300_000), false, BillingCycle.MONTHLY, false, Money.idr(250_000));
        Plan quarterly = BillingTestData.plan(catalog, Money.idr(900_000), false, BillingCycle.QUARTERLY, true, Money.ZERO);
        String prefix = batch();
        BillingTestData.subscriptions(jdbc, prefix, postpaid, 1, "ACTIVE", jakarta("2018-11-21T23:30:00").toInstant(), 1);
        BillingTestData.subscriptions(jdbc, prefix, postpaid, 1, "ACTIVE", jakarta("2018-10-05T08:00:00").toInstant(), 2);
        BillingTestData.subscriptions(jdbc, prefix, postpaid, 1, "ACTIVE", jakarta("2018-12-01T08:00:00").toInstant(), 3);
        BillingTestData.subscriptions(jdbc, prefix, quarterly, 1, "ACTIVE", jakarta("2018-10-05T08:00:00").toInstant(), 4);

        BillingRun run = runs.runNow(LocalDate.parse("2018-12-01"), "MANUAL");

        Map<String, String> lines = new java.util.TreeMap<>();
        jdbc.sql("""
                        select i.subscription_number, i.period_start, i.period_end, string_agg(l.kind || ' ' || l.amount, ', ' order by l.position)
                        from invoice i join invoice_line l on l.invoice_id = i.id where i.billing_run_id = ?
                        group by i.subscription_number, i.period_start, i.period_end""")
                .param(run.id()).query(rs -> {
                    lines.put(rs.getString(1).substring(prefix.length() + 1), rs.getString(2) + ".." + rs.getString(3) + " " + rs.getString(4));
                });
        assertThat(lines).containsExactly(
                Map.entry("000001", "2018-11-01..2018-11-30 PRORATA 100000, INSTALLATION 250000"),
                Map.entry("000002", "2018-11-01..2018-11-30 PLAN_FEE 300000"));
        assertThat(jdbc.sql("select description from invoice_line l join invoice i on i.id = l.invoice_id where i.subscription_number = ? and l.position = 1")
                .param(prefix + "-000001").query(String.class).single())
                .isEqualTo("Paket " + postpaid.name() + ", 21 Nov 2018 s.d. 30 Nov 2018 (prorata 10 dari 30 hari)");

        BillingRun newYear = runs.runNow(LocalDate.parse("2019-01-01"), "MANUAL");
        assertThat(jdbc.sql("select subscription_number || ' ' || period_start || ' ' || total from invoice where billing_run_id = ? order by 1")
                .param(newYear.id()).query(String.class).list().stream().filter(s -> s.startsWith(prefix)).toList())
                .containsExactly(prefix + "-000001 2018-12-01 333000", prefix + "-000002 2018-12-01 333000",
                        prefix + "-000003 2018-12-01 610500", prefix + "-000004 2019-01-01 999000");
    }

    @Autowired
    ProrataOnActivation prorata;
    @Autowired
    id.arus.customer.CustomerDirectory customers;

    @Test
    void aPrepaidActivationIsInvoicedPartPeriodAndInstallationOnceEvenWhenHandledTwice() {
        signIn("cs-it", "ADMIN");
        var customer = customers.create(id.arus.customer.TestCustomers.form("Prorata Uji"));
        Plan plan = BillingTestData.plan(catalog, Money.idr(300_000), false, BillingCycle.MONTHLY, true, Money.idr(150_000));
        String prefix = batch();
        jdbc.sql("""
                        insert into subscription (number, customer_id, customer_code, plan_id, plan_version, type, status, site,
                            installation_address, activated_at) values (?, ?, ?, ?, ?, 'PPPOE', 'ACTIVE', 'Bandung', 'Jl. Uji', ?)""")
                .params(prefix + "-000001", customer.id(), customer.code(), plan.id(), plan.version(),
                        java.sql.Timestamp.from(jakarta("2026-11-21T09:00:00").toInstant())).update();

        id.arus.shared.SystemIdentity.run("billing-prorata", () -> prorata.invoiceFirstPeriod(prefix + "-000001"));
        id.arus.shared.SystemIdentity.run("billing-prorata", () -> prorata.invoiceFirstPeriod(prefix + "-000001"));

        assertThat(jdbc.sql("""
                        select i.purpose || ' ' || i.period_start || '..' || i.period_end || ' ' || string_agg(l.kind || ' ' || l.amount, ', ' order by l.position)
                        from invoice i join invoice_line l on l.invoice_id = i.id where i.subscription_number = ?
                        group by i.id, i.purpose, i.period_start, i.period_end""")
                .param(prefix + "-000001").query(String.class).list())
                .containsExactly("PRORATA 2026-11-21..2026-11-30 PRORATA 100000, INSTALLATION 150000");
        assertThat(BillingPeriods.dueOn(LocalDate.parse("2026-12-01"), BillingCycle.MONTHLY, true, LocalDate.parse("2026-11-21")))
                .as("the December run bills the full month").isPresent();
    }

    @Test
    void onlyFinanceAndAdminRunAndOnlyForAPeriodStart() {
        signIn("finance-it", "FINANCE");
        assertThatThrownBy(() -> runs.runNow(LocalDate.parse("2020-03-15"), "MANUAL"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("periodStart", List.of("billingrun.error.not-period-start")));
        assertThatThrownBy(() -> runs.start(LocalDate.now().plusMonths(3).withDayOfMonth(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("periodStart", List.of("billingrun.error.too-far-ahead")));
        signIn("cs-it", "CS");
        assertThat(runs.recent(3)).isNotNull();
        assertThatThrownBy(() -> runs.runNow(LocalDate.parse("2020-03-01"), "MANUAL")).isInstanceOf(AccessDeniedException.class);
        signIn("noc-it", "NOC");
        assertThatThrownBy(() -> runs.recent(3)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void startReturnsAtOnceAndTheRunFinishesInTheBackground() throws InterruptedException {
        signIn("finance-it", "FINANCE");
        Plan plan = BillingTestData.plan(catalog, Money.idr(100_000), false, BillingCycle.MONTHLY, true, Money.ZERO);
        String prefix = batch();
        BillingTestData.subscriptions(jdbc, prefix, plan, 50, "ACTIVE", jakarta("2017-01-01T10:00:00").toInstant(), 1);

        BillingRun started = runs.start(LocalDate.parse("2017-03-01"));
        assertThat(started.trigger()).isEqualTo("MANUAL");
        assertThat(started.startedBy()).isEqualTo("finance-it");

        BillingRun finished = started;
        for (int i = 0; i < 300 && finished.status() == BillingRunStatus.RUNNING; i++) {
            Thread.sleep(100);
            finished = runs.get(started.id());
        }
        assertThat(finished.status()).isEqualTo(BillingRunStatus.DONE);
        assertThat(finished.issued()).isEqualTo(50);
    }
}
