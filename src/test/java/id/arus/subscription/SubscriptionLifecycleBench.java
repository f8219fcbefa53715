package id.arus.subscription;

import static id.arus.BenchFigures.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.catalog.Plan;
import id.arus.network.NetworkTestSupport;
import id.arus.network.SecretWatcher;
import id.arus.sim.routeros.SimulatedRouter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
    ApplicationContext context;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void measureActivationAndUnsuspension() throws Exception {
        try (SimulatedRouter router = BenchOnboarding.routerWithStaffSignedIn()) {
            BenchOnboarding onboarding = new BenchOnboarding(context, WAIT);
            String site = onboarding.siteOn(router, "Bench lifecycle " + tag);
            Plan plan = onboarding.plan(tag);
            List<String> numbers = onboarding.registeredAndVerified(plan, site, tag, ACTIVATIONS);
            Map<String, String> installTasks = onboarding.taskIds(BenchOnboarding.INSTALL_STEP, numbers);
            Map<String, String> loginOf = new ConcurrentHashMap<>();

            // watch the router: when each secret first appears, and when its profile is the plan's again
            try (SecretWatcher watcher = new SecretWatcher(router)) {
                Map<String, Long> completed = new ConcurrentHashMap<>();
                for (String number : numbers) {
                    onboarding.install(installTasks.get(number), number);
                    completed.put(number, System.nanoTime());
                }
                onboarding.awaitStatus(numbers, SubscriptionStatus.ACTIVE);
                numbers.forEach(n -> loginOf.put(n, subscriptions.get(n).login()));
                List<Double> activation = numbers.stream()
                        .map(n -> (watcher.appeared(loginOf.get(n)).orElseThrow() - completed.get(n)) / 1e9).sorted().toList();

                List<String> isolated = numbers.subList(0, UNSUSPENSIONS);
                for (String number : isolated) {
                    subscriptions.suspend(number, SuspensionReason.NON_PAYMENT, "bench");
                }
                onboarding.awaitStatus(isolated, SubscriptionStatus.SUSPENDED);
                Map<String, Long> asked = new ConcurrentHashMap<>();
                for (String number : isolated) {
                    watcher.await(loginOf.get(number), plan.profileName());
                    asked.put(number, System.nanoTime());
                    subscriptions.unsuspend(number, "bench");
                }
                NetworkTestSupport.await("every plan profile back", WAIT, () -> isolated.stream()
                        .allMatch(n -> watcher.reached(loginOf.get(n)).isPresent()));
                List<Double> unsuspend = isolated.stream()
                        .map(n -> Math.max(0, watcher.reached(loginOf.get(n)).orElseThrow() - asked.get(n)) / 1e9).sorted().toList();

                assertThat(activation).hasSize(ACTIVATIONS);
                System.out.printf(Locale.ROOT, "BENCH lifecycle activations %d count%n", ACTIVATIONS);
                System.out.printf(Locale.ROOT, "BENCH lifecycle activation_p50_s %.3f s%n", percentile(activation, 50));
                System.out.printf(Locale.ROOT, "BENCH lifecycle activation_p99_s %.3f s%n", percentile(activation, 99));
                System.out.printf(Locale.ROOT, "BENCH lifecycle unsuspend_p50_s %.3f s%n", percentile(unsuspend, 50));
                System.out.printf(Locale.ROOT, "BENCH lifecycle unsuspend_p99_s %.3f s%n", percentile(unsuspend, 99));
            }
        }
    }
}
