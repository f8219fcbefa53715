package id.arus.subscription;

import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkTestSupport;
import id.arus.shared.Money;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import id.arus.workflow.TaskInbox;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * Many subscriptions through onboarding for the benchmarks, as staff would take them: registered, the CS task
 * completed through the task inbox, then the technician's task. The caller is signed in as staff with the CS
 * and TECHNICIAN roles; the processes run on the application's job executor.
 */
public final class BenchOnboarding {

    public static final String INSTALL_STEP = "Task_SurveyAndInstall";
    private static final String VERIFY_STEP = "Task_VerifyDocuments";

    private final SubscriptionManagement subscriptions;
    private final CustomerDirectory customers;
    private final TaskInbox inbox;
    private final TaskService tasks;
    private final NasManagement registry;
    private final PlanCatalog plans;
    private final Duration wait;

    /** With the test context's services; waits for the processes at most {@code wait} each time. */
    public BenchOnboarding(ApplicationContext context, Duration wait) {
        this.subscriptions = context.getBean(SubscriptionManagement.class);
        this.customers = context.getBean(CustomerDirectory.class);
        this.inbox = context.getBean(TaskInbox.class);
        this.tasks = context.getBean(TaskService.class);
        this.registry = context.getBean(NasManagement.class);
        this.plans = context.getBean(PlanCatalog.class);
        this.wait = wait;
    }

    /**
     * A simulated RouterOS 7.16 whose subscribers dial in at once, with 5 ms injected round-trip time, and staff
     * signed in with every role onboarding and billing need: where each benchmark of a subscriber's way starts.
     */
    public static SimulatedRouter routerWithStaffSignedIn() throws IOException {
        SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V7_16).dialInDelay(Duration.ofMillis(-1)).start();
        router.faults().latency(Duration.ofMillis(5));
        NetworkTestSupport.signIn("bench-staff", "ADMIN", "CS", "TECHNICIAN", "FINANCE");
        return router;
    }

    /** Registers the router as the primary NAS of a new site named so; returns the site. */
    public String siteOn(SimulatedRouter router, String name) {
        String site = name.replace(' ', '-');
        registry.create(new NasForm(name, "127.0.0.1", router.port(), false, router.username(), router.password(), site,
                null, NasRole.PRIMARY, null, null, null));
        return site;
    }

    /** A new monthly postpaid PPPoE plan of 20 Mbps for Rp 200.000, tax included. */
    public Plan plan(String tag) {
        return plans.create(new PlanForm("B" + tag.toUpperCase(), "Bench 20M", PlanType.PPPOE, 20_000, 5_000, null,
                Money.idr(200_000), true, BillingCycle.MONTHLY, false, Money.ZERO, false));
    }

    /** {@code count} new customers with a subscription each on the plan at the site, documents approved. */
    public List<String> registeredAndVerified(Plan plan, String site, String tag, int count) throws InterruptedException {
        List<String> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = customers.create(TestCustomers.form("Bench " + tag + " " + i)).code();
            numbers.add(subscriptions.register(new Registration(code, plan.id(), site, "Jl. Bench " + i, null, null, null)).number());
        }
        for (String taskId : taskIds(VERIFY_STEP, numbers).values()) {
            inbox.complete(taskId, Map.of("documentsApproved", true));
        }
        return numbers;
    }

    /** Completes the technician's task: feasible, installed today. */
    public void install(String taskId, String number) {
        inbox.complete(taskId, Map.of("feasible", true, "installationDate", LocalDate.now(),
                "cpeSerial", "SN-" + number, "cpeModel", "F660", "latitude", "-6.9", "longitude", "107.6"));
    }

    /** The open task of that step of each subscription, by number, once the engine has created them all. */
    public Map<String, String> taskIds(String step, List<String> numbers) throws InterruptedException {
        String[] keys = numbers.toArray(String[]::new);
        NetworkTestSupport.await("every " + step, wait, () ->
                tasks.createTaskQuery().taskDefinitionKey(step).processInstanceBusinessKeyIn(keys).count() == keys.length);
        Map<String, String> byNumber = new ConcurrentHashMap<>();
        for (String number : numbers) {
            Task task = tasks.createTaskQuery().taskDefinitionKey(step).processInstanceBusinessKey(number).singleResult();
            byNumber.put(number, task.getId());
        }
        return byNumber;
    }

    /** Waits until every one of them has the status. */
    public void awaitStatus(List<String> numbers, SubscriptionStatus status) throws InterruptedException {
        NetworkTestSupport.await("every subscription " + status, wait, () -> numbers.stream()
                .allMatch(n -> subscriptions.get(n).status() == status));
    }
}
