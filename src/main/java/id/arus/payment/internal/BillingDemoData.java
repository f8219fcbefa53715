package id.arus.payment.internal;

import id.arus.billing.BillingRuns;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerQuery;
import id.arus.payment.Checkout;
import id.arus.payment.ManualPayment;
import id.arus.payment.PaymentChannel;
import id.arus.payment.PaymentMethod;
import id.arus.payment.Payments;
import id.arus.settings.OperatorZone;
import id.arus.shared.Money;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Registration;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.InboxTask;
import id.arus.workflow.TaskInbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's billing, made through the real APIs once the demo subscriptions exist (they are made through
 * their processes at start-up, so this waits for them on a thread of its own, for at most a few minutes, and
 * only on a database without invoices):
 * <ul>
 *   <li>a billing run for the current month, so the active demo subscriptions have their invoices;</li>
 *   <li>an installation invoice for the first of them, paid in cash at the office, and its monthly invoice paid
 *       by bank transfer; the second one's invoice paid through Tripay (the demo's Tripay simulator);</li>
 *   <li>for the portal account {@code pelanggan} a subscription of its own (through the onboarding tasks), an
 *       overdue, unpaid invoice for last month and, for it, isolation for non-payment: the newcomer signs in as
 *       {@code pelanggan}, pays it on the Midtrans simulator's page and watches the service come back;</li>
 *   <li>the same overdue invoice for the subscription the subscription demo isolated, so no isolated demo
 *       subscriber is without a reason.</li>
 * </ul>
 */
@Component
@Profile("demo")
class BillingDemoData {

    private static final Logger log = LoggerFactory.getLogger(BillingDemoData.class);
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String SITE = "Bandung";
    static final String PORTAL_CUSTOMER = "Putri Pelanggan";

    private final Invoices invoices;
    private final BillingRuns billingRuns;
    private final Payments payments;
    private final SubscriptionManagement subscriptions;
    private final CustomerDirectory customers;
    private final PlanCatalog plans;
    private final TaskInbox inbox;
    private final JdbcClient jdbc;
    private final OperatorZone zone;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BillingDemoData(Invoices invoices, BillingRuns billingRuns, Payments payments, SubscriptionManagement subscriptions,
                    CustomerDirectory customers, PlanCatalog plans, TaskInbox inbox, JdbcClient jdbc, OperatorZone zone) {
        this.invoices = invoices;
        this.billingRuns = billingRuns;
        this.payments = payments;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.plans = plans;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnEmptyDatabase() {
        if (jdbc.sql("select exists (select 1 from invoice)").query(Boolean.class).single()) {
            return;
        }
        Thread seeder = new Thread(() -> {
            try {
                SystemIdentity.run("demo-data", this::seed);
            } catch (RuntimeException e) {
                log.warn("Demo invoices not (all) created: {}", e.toString());
            }
        }, "billing-demo-data");
        seeder.setDaemon(true);
        seeder.start();
    }

    private void seed() {
        try {
            seedWhenReady();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void seedWhenReady() throws InterruptedException {
        // the subscription demo leaves three lines active, one of them isolated
        if (!waitFor(() -> subscriptions.list(SubscriptionStatus.ACTIVE, null, 0, 10).size() >= 2
                && !subscriptions.list(SubscriptionStatus.SUSPENDED, null, 0, 10).isEmpty())) {
            log.info("No active demo subscriptions after {}: no demo invoices", PATIENCE);
            return;
        }
        LocalDate today = LocalDate.now(zone.zone());
        step("billing run", () -> {
            var run = billingRuns.runNow(today.withDayOfMonth(1), "MANUAL");
            log.info("Demo billing run for {}: {} invoices issued", run.periodStart(), run.issued());
        });
        step("overdue invoices of isolated lines", () -> subscriptions.list(SubscriptionStatus.SUSPENDED, null, 0, 10)
                .forEach(isolated -> overdueInvoice(isolated, today)));
        // read before the portal customer's line exists: that line is still ACTIVE for a moment after its suspension
        // is asked for, and the payments below must not pay the invoice it is isolated for
        List<Subscription> active = subscriptions.list(SubscriptionStatus.ACTIVE, null, 0, 10);
        step("isolated portal customer", () -> {
            try {
                portalCustomerIsolated(today);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        step("installation invoice paid in cash", () -> installationPaidInCash(active.get(0), today));
        step("invoices paid by transfer", () -> paidByTransfer(active.get(0)));
        if (active.size() > 1) {
            step("invoice paid through Tripay", () -> payThroughTripay(active.get(1)));
        }
    }

    /** One part of the demo; a part that fails is logged and the others still run. */
    private static void step(String name, Runnable part) {
        try {
            part.run();
        } catch (RuntimeException e) {
            log.warn("Demo billing: {} not created: {}", name, e.toString().lines().findFirst().orElse(""));
        }
    }

    private void installationPaidInCash(Subscription first, LocalDate today) {
        Plan plan = plans.get(first.planId());
        Money fee = plan.installationFee().compareTo(Money.ZERO) > 0 ? plan.installationFee() : Money.idr(250_000);
        Invoice installation = invoices.issue(new InvoiceDraft(first.customerCode(), first.number(), InvoicePurpose.INSTALLATION,
                today, today, null, plan.taxInclusive(), plan.code(), first.site(),
                List.of(InvoiceLine.of(1, LineKind.INSTALLATION, "Pemasangan " + plan.name(), fee))));
        payments.recordManual(new ManualPayment(installation.number(), installation.balance(), PaymentMethod.CASH, null,
                Instant.now(), "Demo: dibayar tunai saat pemasangan"));
    }

    private void paidByTransfer(Subscription subscription) {
        for (Invoice open : invoices.ofCustomer(subscription.customerCode())) {
            if (open.status().open()) {
                payments.recordManual(new ManualPayment(open.number(), open.balance(), PaymentMethod.BANK_TRANSFER,
                        "TRF-DEMO-" + open.number(), Instant.now(), "Demo: transfer BCA"));
            }
        }
    }

    /**
     * Pays the subscriber's open invoices at Tripay as the customer would: a checkout, then "pay" on the gateway's
     * page (the demo's Tripay simulator), whose signed callback reaches Arus's webhook like a real one.
     */
    private void payThroughTripay(Subscription subscription) {
        Optional<String> channel = payments.channels().stream().filter(PaymentChannel::active).map(PaymentChannel::code)
                .findFirst();
        if (channel.isEmpty()) {
            log.info("No active Tripay channel: no demo payment through a gateway");
            return;
        }
        for (Invoice open : invoices.ofCustomer(subscription.customerCode())) {
            if (!open.status().open()) {
                continue;
            }
            Checkout checkout = payments.checkout(open.number(), PaymentMethod.TRIPAY, channel.get());
            try {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(checkout.redirectUrl()))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("outcome=PAID")).build(), HttpResponse.BodyHandlers.ofString());
                log.info("Demo invoice {} paid at Tripay ({}, HTTP {})", open.number(), channel.get(), page.statusCode());
            } catch (IOException e) {
                log.info("Demo invoice {} could not be paid at Tripay: {}", open.number(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Gives the portal account a line of its own, then isolates it for an unpaid invoice of last month. */
    private void portalCustomerIsolated(LocalDate today) throws InterruptedException {
        Optional<Customer> putri = customers.search(CustomerQuery.text(PORTAL_CUSTOMER), 0, 1).stream().findFirst();
        Optional<Plan> plan = plans.sellable().stream().filter(p -> p.type() == id.arus.catalog.PlanType.PPPOE).findFirst();
        if (putri.isEmpty() || plan.isEmpty()) {
            log.info("No demo portal customer or PPPoE plan: no isolated portal customer");
            return;
        }
        Customer customer = putri.get();
        String number = subscriptions.register(new Registration(customer.code(), plan.get().id(), SITE, customer.address(),
                customer.location(), null, "demo")).number();
        complete(number, Map.of("documentsApproved", true));
        complete(number, Map.of("feasible", true, "installationDate", today.minusMonths(2), "cpeSerial", "ZTEGPUTRI",
                "cpeModel", "ZTE F670L", "latitude", "-6.9147", "longitude", "107.6098"));
        if (!waitFor(() -> subscriptions.get(number).status() == SubscriptionStatus.ACTIVE)) {
            log.info("The portal customer's demo subscription {} did not become active", number);
            return;
        }
        Invoice unpaid = overdueInvoice(subscriptions.get(number), today);
        // the isolation's own steps run right after activation's; try until the process takes it
        waitFor(() -> {
            subscriptions.suspend(number, SuspensionReason.NON_PAYMENT, "Demo: tagihan " + unpaid.number() + " belum dibayar");
            return true;
        });
        log.info("Demo portal customer '{}' ({}) is isolated for unpaid invoice {}", PORTAL_CUSTOMER, number, unpaid.number());
    }

    /** Last month's fee of the subscription, unpaid and due today (Invoices refuses a due date in the past). */
    private Invoice overdueInvoice(Subscription subscription, LocalDate today) {
        Plan plan = plans.get(subscription.planId());
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        return invoices.issue(new InvoiceDraft(subscription.customerCode(), subscription.number(), InvoicePurpose.RECURRING,
                lastMonth, lastMonth.plusMonths(1).minusDays(1), today, plan.taxInclusive(), plan.code(),
                subscription.site(), List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, plan.name(), plan.price()))));
    }

    private void complete(String number, Map<String, Object> values) throws InterruptedException {
        InboxFilter filter = InboxFilter.all().withBusinessKey(number);
        waitFor(() -> inbox.tasks(filter, 0, 5).stream().anyMatch(t -> answers(t, values)));
        for (InboxTask task : inbox.tasks(filter, 0, 5)) {
            if (answers(task, values)) {
                inbox.complete(task.id(), values);
                return;
            }
        }
    }

    private boolean answers(InboxTask task, Map<String, Object> values) {
        return inbox.task(task.id()).form().stream().anyMatch(f -> values.containsKey(f.id()));
    }

    /** Polls until the condition holds or patience runs out; bounded by {@link #PATIENCE}. */
    private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not there yet (another module still seeding, a process step still running): ask again
            }
            Thread.sleep(500);
        }
        return false;
    }
}
