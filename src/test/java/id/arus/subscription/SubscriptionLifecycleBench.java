package id.arus.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Not a test: {@code ./bench/run.sh lifecycle} runs it. 1,000 subscriptions (system property
 * {@code bench.activations}) are registered and their CS tasks completed; then the technicians' tasks are
 * completed one after the other through the task inbox, as staff would, while the processes run on the
 * application's job executor against a simulated RouterOS 7.16 with 5 ms injected round-trip time.
 * {@code activation_*}: from completing the technician's task to the secret existing on the router.
 * {@code unsuspend_*}: for 200 of them isolated first, from the unsuspend call to the plan profile back on
 * the router. A watcher reads the router every 10 ms, so the figures are that coarse. Targets: p99 under 2 s.
 */
@ArusIT
class SubscriptionLifecycleBench {

    private static final int ACTIVATIONS = Integer.getInteger("bench.activations", 1000);
    private static final int UNSUSPENSIONS = Math.min(200, ACTIVATIONS);
    private static final Duration WAIT = Duration.ofMinutes(8);

    @Autowired
    SubscriptionManagement subscriptions;
    @Autowired
    PlanCatalog plans;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    NasManagement registry;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService tasks;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void measureActivationAndUnsuspension() throws Exception {
        try (SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V7_16).dialInDelay(Duration.ofMillis(-1)).start()) {
            router.faults().latency(Duration.ofMillis(5));
            NetworkTestSupport.signIn("bench-staff", "ADMIN", "CS", "TECHNICIAN", "FINANCE");
            String site = "Bench-" + tag;
            registry.create(new NasForm("Bench lifecycle " + tag, "127.0.0.1", router.port(), false, router.username(),
                    router.password(), site, null, NasRole.PRIMARY, null, null, null));
            Plan plan = plans.create(new PlanForm("B" + tag.toUpperCase(), "Bench 20M", PlanType.PPPOE, 20_000, 5_000, null,
                    Money.idr(200_000), true, BillingCycle.MONTHLY, false, Money.ZERO, false));

            List<String> numbers = new ArrayList<>(ACTIVATIONS);
            for (int i = 0; i < ACTIVATIONS; i++) {
                String code = customers.create(TestCustomers.form("Bench " + tag + " " + i)).code();
                numbers.add(subscriptions.register(new Registration(code, plan.id(), site, "Jl. Bench " + i, null, null, null)).number());
            }
            for (String taskId : taskIds("Task_VerifyDocuments", numbers).values()) {
                inbox.complete(taskId, Map.of("documentsApproved", true));
            }
            Map<String, String> installTasks = taskIds("Task_SurveyAndInstall", numbers);
            Map<String, String> loginOf = new ConcurrentHashMap<>();

            // watch the router: when each secret first appears, and when its profile is the plan's again
            Map<String, Long> appeared = new ConcurrentHashMap<>();
            Map<String, Long> restored = new ConcurrentHashMap<>();
            Map<String, Boolean> watchRestore = new ConcurrentHashMap<>();
            Thread watcher = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long now = System.nanoTime();
                    for (Map<String, String> secret : router.print("/ppp/secret")) {
                        appeared.putIfAbsent(secret.get("name"), now);
                        if (watchRestore.containsKey(secret.get("name")) && plan.profileName().equals(secret.get("profile"))) {
                            restored.putIfAbsent(secret.get("name"), now);
                        }
                    }
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-router-watcher");
            watcher.start();
            try {
                Map<String, Long> completed = new ConcurrentHashMap<>();
                for (String number : numbers) {
                    inbox.complete(installTasks.get(number), Map.of("feasible", true, "installationDate", LocalDate.now(),
                            "cpeSerial", "SN-" + number, "cpeModel", "F660", "latitude", "-6.9", "longitude", "107.6"));
                    completed.put(number, System.nanoTime());
                }
                NetworkTestSupport.await("every subscription active", WAIT, () -> numbers.stream()
                        .allMatch(n -> subscriptions.get(n).status() == SubscriptionStatus.ACTIVE));
                numbers.forEach(n -> loginOf.put(n, subscriptions.get(n).login()));
                List<Double> activation = numbers.stream()
                        .map(n -> (appeared.get(loginOf.get(n)) - completed.get(n)) / 1e9).sorted().toList();

                List<String> isolated = numbers.subList(0, UNSUSPENSIONS);
                for (String number : isolated) {
                    subscriptions.suspend(number, SuspensionReason.NON_PAYMENT, "bench");
                }
                NetworkTestSupport.await("isolated", WAIT, () -> isolated.stream()
                        .allMatch(n -> subscriptions.get(n).status() == SubscriptionStatus.SUSPENDED));
                Map<String, Long> asked = new ConcurrentHashMap<>();
                for (String number : isolated) {
                    watchRestore.put(loginOf.get(number), true);
                    asked.put(number, System.nanoTime());
                    subscriptions.unsuspend(number, "bench");
                }
                NetworkTestSupport.await("every plan profile back", WAIT, () -> isolated.stream()
                        .allMatch(n -> restored.containsKey(loginOf.get(n))));
                List<Double> unsuspend = isolated.stream()
                        .map(n -> Math.max(0, restored.get(loginOf.get(n)) - asked.get(n)) / 1e9).sorted().toList();

                assertThat(activation).hasSize(ACTIVATIONS);
                System.out.printf(Locale.ROOT, "BENCH lifecycle activations %d count%n", ACTIVATIONS);
                System.out.printf(Locale.ROOT, "BENCH lifecycle activation_p50_s %.3f s%n", percentile(activation, 50));
                System.out.printf(Locale.ROOT, "BENCH lifecycle activation_p99_s %.3f s%n", percentile(activation, 99));
                System.out.printf(Locale.ROOT, "BENCH lifecycle unsuspend_p50_s %.3f s%n", percentile(unsuspend, 50));
                System.out.printf(Locale.ROOT, "BENCH lifecycle unsuspend_p99_s %.3f s%n", percentile(unsuspend, 99));
            } finally {
                watcher.interrupt();
                watcher.join();
            }
        }
    }

    /** The open task of that step of each subscription, by number. */
    private Map<String, String> taskIds(String step, List<String> numbers) throws InterruptedException {
        String[] keys = numbers.toArray(String[]::new);
        NetworkTestSupport.await("every " + step, WAIT, () ->
                tasks.createTaskQuery().taskDefinitionKey(step).processInstanceBusinessKeyIn(keys).count() == keys.length);
        Map<String, String> byNumber = new ConcurrentHashMap<>();
        for (String number : numbers) {
            Task task = tasks.createTaskQuery().taskDefinitionKey(step).processInstanceBusinessKey(number).singleResult();
            byNumber.put(number, task.getId());
        }
        return byNumber;
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
