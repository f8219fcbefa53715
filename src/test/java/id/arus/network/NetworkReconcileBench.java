package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Not a test: {@code ./bench/run.sh network} runs it to measure reconciling 10,000 PPP secrets onto a
 * simulated RouterOS 7.16 with 5 ms injected round-trip time, first onto an empty router and then again
 * with nothing changed, and prints BENCH lines. Targets: 5 s and 2 s. The times include reading the
 * desired rows from the embedded PostgreSQL and decrypting their passwords, as a real run does.
 */
@ArusIT
@WithMockUser(username = "bench-noc", roles = "NOC")
class NetworkReconcileBench {

    private static final int SECRETS = 10_000;

    @Autowired
    Reconciler reconciler;
    @Autowired
    DesiredState desired;
    @Autowired
    NasManagement registry;

    @Test
    void measureReconcile() throws Exception {
        // No simulated dial-ins: 10,000 sessions appearing meanwhile would measure the simulator, not Arus.
        try (SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V7_16).dialInDelay(Duration.ofMillis(-1)).start()) {
            router.faults().latency(Duration.ofMillis(5));
            long nas = registry.create(new NasForm("Bench reconcile " + System.nanoTime(), "127.0.0.1", router.port(), false,
                    router.username(), router.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
            List<PppUser> secrets = new ArrayList<>(SECRETS);
            for (int i = 0; i < SECRETS; i++) {
                secrets.add(new PppUser(String.format(Locale.ROOT, "sub-%05d", i), "pw-" + i, "paket-" + (10 + i % 4 * 10) + "m",
                        "pppoe", null, false, "SUB-" + i));
            }
            desired.putPppSecrets(nas, secrets);

            long start = System.nanoTime();
            ReconcileReport initial = reconciler.reconcile(nas);
            double initialSeconds = (System.nanoTime() - start) / 1e9;
            assertThat(initial.added()).isEqualTo(SECRETS);
            assertThat(initial.failures()).isEmpty();

            start = System.nanoTime();
            ReconcileReport again = reconciler.reconcile(nas);
            double againSeconds = (System.nanoTime() - start) / 1e9;
            assertThat(again.commands()).isZero();
            assertThat(router.print("/ppp/secret")).hasSize(SECRETS);

            System.out.printf(Locale.ROOT, "BENCH network reconcile_initial_10k_s %.2f s%n", initialSeconds);
            System.out.printf(Locale.ROOT, "BENCH network reconcile_nochange_10k_s %.2f s%n", againSeconds);
        }
    }
}
