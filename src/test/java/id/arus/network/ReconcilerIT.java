package id.arus.network;

import static id.arus.network.TestRouters.activeSession;
import static id.arus.network.TestRouters.awaitSession;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Desired PPP secrets reconciled onto each simulated RouterOS version through Arus's own client. */
@ArusIT
@WithMockUser(username = "reconcile-noc", roles = "NOC")
class ReconcilerIT {

    @Autowired
    Reconciler reconciler;
    @Autowired
    DesiredState desired;
    @Autowired
    NasManagement registry;
    static final TestRouters simulators = new TestRouters();

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private long register(SimulatedRouter router) {
        return registry.create(new NasForm("Reconcile " + router.version() + " " + tag, "127.0.0.1", router.port(), false,
                router.username(), router.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
    }

    /** One walk through the life of a router's desired state; each step builds on the one before. */
    @ParameterizedTest
    @EnumSource(RouterOsVersion.class)
    void reconcilesAddsChangesKicksAndRemovesOnlyWhatArusManages(RouterOsVersion version) throws Exception {
        SimulatedRouter router = simulators.get(version);
        long nas = register(router);
        String a = "ana-" + tag;
        String b = "bayu-" + tag;
        String c = "citra-" + tag;
        desired.putPppSecret(nas, new PppUser(a, "sandi \"a\" = 1", "paket-10m", "pppoe", null, false, "SUB-1"));
        desired.putPppSecret(nas, new PppUser(b, "pw-b", "paket-10m", "pppoe", "10.9.0.2", false, "SUB-2"));
        desired.putPppSecret(nas, new PppUser(c, "pw-c", null, null, null, true, null));

        // 1. initial: everything is created, marked as Arus's
        ReconcileReport first = reconciler.reconcile(nas);
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.changed() + first.removed() + first.kicked()).isZero();
        assertThat(first.failures()).isEmpty();
        assertThat(secret(router, a)).hasValueSatisfying(s -> {
            assertThat(s.get("password")).isEqualTo("sandi \"a\" = 1");
            assertThat(s.get("profile")).isEqualTo("paket-10m");
            assertThat(s.get("comment")).isEqualTo("arus:SUB-1");
        });
        assertThat(secret(router, b)).hasValueSatisfying(s -> assertThat(s.get("remote-address")).isEqualTo("10.9.0.2"));
        assertThat(secret(router, c)).hasValueSatisfying(s -> assertThat(s.get("disabled")).isEqualTo("true"));

        // 2. nothing changed: nothing is sent
        ReconcileReport second = reconciler.reconcile(nas);
        assertThat(second.commands()).isZero();
        assertThat(second.added() + second.changed() + second.removed() + second.kicked()).isZero();
        assertThat(second.inSync()).isTrue();

        // 3. a new password and profile are set, and the live session is removed so they take effect
        awaitSession(router, a, true);
        desired.putPppSecret(nas, new PppUser(a, "baru-1", "paket-20m", "pppoe", null, false, "SUB-1"));
        ReconcileReport third = reconciler.reconcile(nas);
        assertThat(third.changed()).isEqualTo(1);
        assertThat(third.commands()).as("one set carrying only the two fields").isEqualTo(1);
        assertThat(third.kicked()).isEqualTo(1);
        assertThat(activeSession(router, a)).as("kicked").isFalse();
        assertThat(secret(router, a)).hasValueSatisfying(s -> {
            assertThat(s.get("password")).isEqualTo("baru-1");
            assertThat(s.get("profile")).isEqualTo("paket-20m");
        });

        // 4. a secret made by hand on the router is left alone and reported
        String manual = "manual-" + tag;
        router.execute("/ppp/secret/add", Map.of("name", manual, "password", "x", "comment", "by the engineer"));
        ReconcileReport fourth = reconciler.reconcile(nas);
        assertThat(fourth.commands()).isZero();
        assertThat(fourth.unmanaged()).contains(manual);
        assertThat(secret(router, manual)).hasValueSatisfying(s -> assertThat(s.get("comment")).isEqualTo("by the engineer"));

        // 5. a secret no longer desired is removed from the router; the unmanaged one stays
        assertThat(desired.removePppSecret(nas, c)).isTrue();
        ReconcileReport fifth = reconciler.reconcile(nas);
        assertThat(fifth.removed()).isEqualTo(1);
        assertThat(fifth.added() + fifth.changed()).isZero();
        assertThat(secret(router, c)).isEmpty();
        assertThat(secret(router, manual)).isPresent();
        assertThat(secret(router, a)).isPresent();

        // the last result is kept for the drift view
        assertThat(reconciler.last(nas)).hasValueSatisfying(s -> {
            assertThat(s.removed()).isEqualTo(1);
            assertThat(s.unmanaged()).isGreaterThanOrEqualTo(1);
            assertThat(s.error()).isNull();
        });
        assertThat(reconciler.reconcile(nas).commands()).as("idempotent at the end too").isZero();
    }

    private static Optional<Map<String, String>> secret(SimulatedRouter router, String name) {
        List<Map<String, String>> rows = router.print("/ppp/secret");
        return rows.stream().filter(r -> name.equals(r.get("name"))).findFirst();
    }
}
