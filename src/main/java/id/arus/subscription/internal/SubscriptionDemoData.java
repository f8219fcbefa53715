package id.arus.subscription.internal;

import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanType;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerQuery;
import id.arus.network.NasManagement;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Registration;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.InboxTask;
import id.arus.workflow.TaskInbox;
import java.time.Duration;
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
 * A handful of demo subscriptions, made through the processes as staff would make them: three active on the
 * demo router of Bandung (one of them then isolated for non-payment), one waiting for the technician and one
 * waiting for CS to check the documents, so the inbox has work in it. The other modules seed plans,
 * customers and routers at start-up too, in no fixed order, so this runs on its own thread once they are
 * there (it gives up after a minute) and only on a database without subscriptions.
 */
@Component
@Profile("demo")
class SubscriptionDemoData {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionDemoData.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SITE = "Bandung";

    private final SubscriptionManagement subscriptions;
    private final TaskInbox inbox;
    private final PlanCatalog plans;
    private final CustomerDirectory customers;
    private final NasManagement routers;
    private final JdbcClient jdbc;

    SubscriptionDemoData(SubscriptionManagement subscriptions, TaskInbox inbox, PlanCatalog plans, CustomerDirectory customers,
                         NasManagement routers, JdbcClient jdbc) {
        this.subscriptions = subscriptions;
        this.inbox = inbox;
        this.plans = plans;
        this.customers = customers;
        this.routers = routers;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnEmptyDatabase() {
        if (jdbc.sql("select exists (select 1 from subscription)").query(Boolean.class).single()) {
            return;
        }
        Thread seeder = new Thread(() -> {
            try {
                SystemIdentity.run("demo-data", this::seed);
            } catch (RuntimeException e) {
                log.warn("Demo subscriptions not (all) created: {}", e.toString());
            }
        }, "subscription-demo-data");
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
        if (!waitFor(() -> plan().isPresent() && customers.count(CustomerQuery.text(null)) >= 5
                && routers.list().stream().anyMatch(n -> SITE.equals(n.site())))) {
            log.info("No demo plans, customers or Bandung router after {}: no demo subscriptions", PATIENCE);
            return;
        }
        Plan plan = plan().orElseThrow();
        List<Customer> people = customers.search(CustomerQuery.text(null), 0, 5);
        String[] numbers = new String[people.size()];
        for (int i = 0; i < people.size(); i++) {
            numbers[i] = subscriptions.register(new Registration(people.get(i).code(), plan.id(), SITE,
                    people.get(i).address(), people.get(i).location(), null, "demo")).number();
        }
        for (int i = 0; i < numbers.length - 1; i++) {
            complete(numbers[i], "Task_VerifyDocuments", Map.of(OnboardingVariables.DOCUMENTS_APPROVED, true));
        }
        for (int i = 0; i < numbers.length - 2; i++) {
            complete(numbers[i], "Task_SurveyAndInstall", Map.of(OnboardingVariables.FEASIBLE, true,
                    OnboardingVariables.INSTALLATION_DATE, LocalDate.now(), OnboardingVariables.CPE_SERIAL, "ZTEG" + (1000 + i),
                    OnboardingVariables.CPE_MODEL, "ZTE F670L", OnboardingVariables.LATITUDE, "-6.8915",
                    OnboardingVariables.LONGITUDE, "107.6107"));
        }
        String isolated = numbers[0];
        if (waitFor(() -> subscriptions.get(isolated).status() == SubscriptionStatus.ACTIVE)) {
            subscriptions.suspend(isolated, SuspensionReason.NON_PAYMENT, "Demo: tagihan belum dibayar");
        }
        log.info("Created {} demo subscriptions through their processes", numbers.length);
    }

    private Optional<Plan> plan() {
        return plans.sellable().stream().filter(p -> p.type() == PlanType.PPPOE).findFirst();
    }

    private void complete(String number, String step, Map<String, Object> values) throws InterruptedException {
        InboxFilter filter = InboxFilter.all().withBusinessKey(number);
        waitFor(() -> !inbox.tasks(filter, 0, 5).isEmpty());
        for (InboxTask task : inbox.tasks(filter, 0, 5)) {
            if (inbox.task(task.id()).form().stream().anyMatch(f -> values.containsKey(f.id()))) {
                inbox.complete(task.id(), values);
                return;
            }
        }
        log.info("Demo subscription {} has no {} task to complete", number, step);
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
                // not there yet (e.g. a module still seeding): ask again
            }
            Thread.sleep(500);
        }
        return false;
    }
}
