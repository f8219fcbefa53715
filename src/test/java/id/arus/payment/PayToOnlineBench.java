package id.arus.payment;

import static id.arus.BenchFigures.loadAverage;
import static id.arus.BenchFigures.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.catalog.Plan;
import id.arus.network.NetworkTestSupport;
import id.arus.network.SecretWatcher;
import id.arus.sim.routeros.SimulatedRouter;
import id.arus.subscription.BenchOnboarding;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code ./bench/run.sh billing}: from a gateway's "paid" callback to the subscriber back online. 150 subscribers
 * (system property {@code bench.pay-to-online}) are onboarded onto a simulated RouterOS 7.16 with 5 ms injected
 * round-trip time, each gets an unpaid invoice for last month due today and is isolated for non-payment (the
 * router holds the isolation profile); each invoice is checked out at the Midtrans or the Tripay simulator
 * (alternately). Then, one after the other, the gateway's signed callback is posted over HTTP to the webhook and
 * the time runs from the post until the router holds the plan's profile again (payment, InvoicePaid, the dunning
 * listener or process, the unsuspension and the router's reconcile in between). A watcher reads the router
 * every 10 ms, so the figures are that coarse. Target: p99 under 3 s. Asserts only that every invoice is paid
 * and every subscriber active again, never a time.
 */
@ArusIT
class PayToOnlineBench {

    private static final int SUBSCRIBERS = Integer.getInteger("bench.pay-to-online", 150);
    private static final Duration WAIT = Duration.ofMinutes(8);
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String ISOLATION_PROFILE = "arus-isolir";

    @Autowired
    ApplicationContext context;
    @Autowired
    SubscriptionManagement subscriptions;
    @Autowired
    Invoices invoices;
    @Autowired
    Payments payments;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void fromThePaymentCallbackToThePlanProfileOnTheRouter() throws Exception {
        try (SimulatedRouter router = BenchOnboarding.routerWithStaffSignedIn()) {
            BenchOnboarding onboarding = new BenchOnboarding(context, WAIT);
            String site = onboarding.siteOn(router, "Bench pay " + tag);
            Plan plan = onboarding.plan(tag);
            long setupStart = System.nanoTime();
            List<Subscription> active = onboarded(onboarding, plan, site);
            List<Checkout> checkouts = isolatedWithACheckout(onboarding, active, plan, router);
            double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

            GatewayCalls gateways = new GatewayCalls(context, 3);
            Map<String, Long> posted = new HashMap<>();
            try (SecretWatcher watcher = new SecretWatcher(router)) {
                for (int i = 0; i < active.size(); i++) {
                    String login = active.get(i).login();
                    Checkout checkout = checkouts.get(i);
                    GatewayCalls.Call paid = gateways.paid(checkout.gateway(), checkout.orderId(), checkout.amount().rupiah());
                    watcher.await(login, plan.profileName());
                    posted.put(login, System.nanoTime());
                    assertThat(gateways.post(paid)).as("callback for %s answered 2xx", checkout.orderId()).isTrue();
                }
                NetworkTestSupport.await("every plan profile back on the router", WAIT, () -> active.stream()
                        .allMatch(s -> watcher.reached(s.login()).isPresent()));
                List<Double> payToOnline = active.stream()
                        .map(s -> (watcher.reached(s.login()).orElseThrow() - posted.get(s.login())) / 1e9).sorted().toList();
                double load = loadAverage();

                System.out.printf(Locale.ROOT, "BENCH billing pay_to_online_p50_s %.3f s%n", percentile(payToOnline, 50));
                System.out.printf(Locale.ROOT, "BENCH billing pay_to_online_p99_s %.3f s%n", percentile(payToOnline, 99));
                System.out.printf(Locale.ROOT, "BENCH billing pay_to_online_note %d isolated subscribers paid one after the "
                                + "other (half Midtrans, half Tripay), worst %.3f s, %d posts resent; onboarding, invoices, "
                                + "isolation and checkouts took %.0f s; load average %.1f%n",
                        active.size(), payToOnline.get(payToOnline.size() - 1), gateways.resent(), setupSeconds, load);
            }
            for (Checkout checkout : checkouts) {
                assertThat(invoices.get(checkout.invoiceNumber()).status()).isEqualTo(InvoiceStatus.PAID);
            }
            onboarding.awaitStatus(active.stream().map(Subscription::number).toList(), SubscriptionStatus.ACTIVE);
        }
    }

    /** The subscribers, onboarded as staff would and active on the router. */
    private List<Subscription> onboarded(BenchOnboarding onboarding, Plan plan, String site) throws InterruptedException {
        List<String> numbers = onboarding.registeredAndVerified(plan, site, tag, SUBSCRIBERS);
        Map<String, String> installTasks = onboarding.taskIds(BenchOnboarding.INSTALL_STEP, numbers);
        numbers.forEach(n -> onboarding.install(installTasks.get(n), n));
        onboarding.awaitStatus(numbers, SubscriptionStatus.ACTIVE);
        return numbers.stream().map(subscriptions::get).toList();
    }

    /**
     * Last month's fee, due today (Invoices refuses a due date in the past) and unpaid, for each subscriber, who is
     * then isolated for it; once every router secret has the isolation profile, each invoice is checked out at a
     * gateway simulator, as the customer's "pay" button does.
     */
    private List<Checkout> isolatedWithACheckout(BenchOnboarding onboarding, List<Subscription> active, Plan plan,
                                                 SimulatedRouter router)
            throws InterruptedException {
        LocalDate today = LocalDate.now(JAKARTA);
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        List<Invoice> unpaid = new ArrayList<>();
        for (Subscription subscription : active) {
            Invoice invoice = invoices.issue(new InvoiceDraft(subscription.customerCode(), subscription.number(),
                    InvoicePurpose.RECURRING, lastMonth, lastMonth.plusMonths(1).minusDays(1), today, plan.taxInclusive(),
                    plan.code(), subscription.site(), List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, plan.name(), plan.price()))));
            unpaid.add(invoice);
            subscriptions.suspend(subscription.number(), SuspensionReason.NON_PAYMENT, "Tagihan " + invoice.number() + " belum dibayar");
        }
        onboarding.awaitStatus(active.stream().map(Subscription::number).toList(), SubscriptionStatus.SUSPENDED);
        NetworkTestSupport.await("the isolation profile on the router for every subscriber", WAIT, () -> {
            Map<String, String> profiles = new HashMap<>();
            router.print("/ppp/secret").forEach(secret -> profiles.put(secret.get("name"), secret.get("profile")));
            return active.stream().allMatch(s -> ISOLATION_PROFILE.equals(profiles.get(s.login())));
        });
        List<Checkout> checkouts = new ArrayList<>();
        for (int i = 0; i < unpaid.size(); i++) {
            checkouts.add(i % 2 == 0 ? payments.checkout(unpaid.get(i).number(), PaymentMethod.MIDTRANS, null)
                    : payments.checkout(unpaid.get(i).number(), PaymentMethod.TRIPAY, "BRIVA"));
        }
        return checkouts;
    }
}
