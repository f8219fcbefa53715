package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The drift of simulated routers from the desired state, and reconciling all of them at once. */
@ArusIT
class DriftIT {

    @Autowired
    Drift drift;
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

    private long register(String name, int port, SimulatedRouter credentials) {
        return registry.create(new NasForm(name + " " + tag, "127.0.0.1", port, false, credentials.username(),
                credentials.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
    }

    @Test
    @WithMockUser(username = "drift-noc", roles = "NOC")
    void showsChangedMissingRemovedAndUnmanagedEntriesWithoutChangingTheRouter() {
        SimulatedRouter router = simulators.get(RouterOsVersion.V7_20);
        long nas = register("Drift", router.port(), router);
        String a = "ani-" + tag;
        String b = "budi-" + tag;
        String c = "cahya-" + tag;
        desired.putPppSecret(nas, new PppUser(a, "pw-a", "paket-10m", "pppoe", null, false, "SUB-1"));
        desired.putPppSecret(nas, new PppUser(b, "pw-b", "paket-10m", "pppoe", null, false, "SUB-2"));
        desired.putPppSecret(nas, new PppUser(c, "pw-c", "paket-10m", "pppoe", null, false, "SUB-3"));
        reconciler.reconcile(nas);
        assertThat(drift.drift(nas).inSync()).isTrue();

        // drift on both sides: staff change the desired state, an engineer changes the router by hand
        desired.putPppSecret(nas, new PppUser(a, "pw-a2", "paket-20m", "pppoe", null, false, "SUB-1"));
        desired.putPppSecret(nas, new PppUser("dewi-" + tag, "pw-d", null, null, null, false, null));
        desired.removePppSecret(nas, c);
        router.execute("/ppp/secret/set", Map.of(".id", id(router, b), "disabled", "yes"));
        router.execute("/ppp/secret/add", Map.of("name", "manual-" + tag, "password", "x"));
        List<Map<String, String>> before = router.print("/ppp/secret");

        DriftReport report = drift.drift(nas);

        assertThat(report.error()).isNull();
        assertThat(report.toAdd()).containsExactly("dewi-" + tag);
        assertThat(report.toChange()).containsExactlyInAnyOrder(
                new DriftReport.Change(a, List.of("password", "profile")),
                new DriftReport.Change(b, List.of("disabled")));
        assertThat(report.toRemove()).containsExactly(c);
        assertThat(report.unmanaged()).contains("manual-" + tag);
        assertThat(report.differences()).isEqualTo(4);
        assertThat(report.toString()).as("no password values").doesNotContain("pw-a2");
        assertThat(report.lastReconcile()).isNotNull();
        assertThat(report.lastReconcile().added()).isEqualTo(3);
        assertThat(router.print("/ppp/secret")).as("the router is only read").isEqualTo(before);

        // what the drift showed is what a reconcile does
        ReconcileReport applied = reconciler.reconcile(nas);
        assertThat(applied.added()).isEqualTo(1);
        assertThat(applied.changed()).isEqualTo(2);
        assertThat(applied.removed()).isEqualTo(1);
        assertThat(drift.drift(nas).inSync()).isTrue();
    }

    @Test
    @WithMockUser(username = "drift-noc-menus", roles = "NOC")
    void showsTheDriftOfEachManagedMenuByItself() throws IOException {
        try (SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V6_49).start()) {
            long nas = register("Menus", router.port(), router);
            String plan = "plan-" + tag;
            desired.putPppProfile(nas, new PppProfile(plan, "5M/10M", null, null, null));
            desired.putSimpleQueue(nas, SimpleQueue.of("sari-" + tag, "10.7.0.2", "5M/10M"));
            desired.putAddressListEntry(nas, new AddressListEntry("isolir", "10.7.0.2", "sari-" + tag));
            reconciler.reconcile(nas);
            assertThat(drift.drift(nas).inSync()).isTrue();

            // an engineer speeds up a queue and clears the plan's limit by hand; staff add a hotspot user
            String queueId = router.print("/queue/simple").stream().filter(q -> ("sari-" + tag).equals(q.get("name")))
                    .findFirst().orElseThrow().get(".id");
            router.execute("/queue/simple/set", Map.of(".id", queueId, "max-limit", "50M/50M"));
            String profileId = router.print("/ppp/profile").stream().filter(p -> plan.equals(p.get("name")))
                    .findFirst().orElseThrow().get(".id");
            router.execute("/ppp/profile/unset", Map.of("numbers", profileId, "value-name", "rate-limit"));
            router.execute("/ip/firewall/address-list/add", Map.of("list", "isolir", "address", "10.7.0.9"));
            desired.putHotspotUser(nas, new HotspotUser("tono-" + tag, "pw-t", null, false, null));

            DriftReport report = drift.drift(nas);

            assertThat(report.kind(DesiredKind.SIMPLE_QUEUE).toChange())
                    .containsExactly(new DriftReport.Change("sari-" + tag, List.of("max-limit")));
            assertThat(report.kind(DesiredKind.PPP_PROFILE).toChange())
                    .containsExactly(new DriftReport.Change(plan, List.of("rate-limit")));
            assertThat(report.kind(DesiredKind.HOTSPOT_USER).toAdd()).containsExactly("tono-" + tag);
            assertThat(report.kind(DesiredKind.ADDRESS_LIST).unmanaged()).containsExactly("isolir 10.7.0.9");
            assertThat(report.kind(DesiredKind.ADDRESS_LIST).differences()).isZero();
            assertThat(report.kind(DesiredKind.PPP_SECRET).differences()).isZero();
            assertThat(report.differences()).isEqualTo(3);

            ReconcileReport applied = reconciler.reconcile(nas);
            assertThat(applied.byKind().get(DesiredKind.SIMPLE_QUEUE).changed()).isEqualTo(1);
            assertThat(applied.byKind().get(DesiredKind.HOTSPOT_USER).added()).isEqualTo(1);
            assertThat(drift.drift(nas).inSync()).isTrue();
        }
    }

    @Test
    @WithMockUser(username = "drift-admin", roles = "ADMIN")
    void reconcileAllGoesOnPastAnUnreachableRouterAndReportsIt() throws IOException {
        SimulatedRouter v6 = simulators.get(RouterOsVersion.V6_49);
        SimulatedRouter v7 = simulators.get(RouterOsVersion.V7_16);
        long first = register("All v6", v6.port(), v6);
        long dead = registry.create(new NasForm("All dead " + tag, NetworkTestSupport.NOWHERE, NetworkTestSupport.nowherePort(),
                false, v6.username(), v6.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
        long second = register("All v7", v7.port(), v7);
        for (long nas : List.of(first, dead, second)) {
            desired.putPppSecret(nas, new PppUser("eka-" + tag, "pw-e", null, null, null, false, null));
        }

        List<ReconcileOutcome> outcomes = drift.reconcileAll();

        assertThat(outcomes).filteredOn(o -> o.nasId() == first || o.nasId() == second).hasSize(2).allSatisfy(o -> {
            assertThat(o.succeeded()).isTrue();
            assertThat(o.report().added()).isEqualTo(1);
        });
        assertThat(outcomes).filteredOn(o -> o.nasId() == dead).singleElement().satisfies(o -> {
            assertThat(o.succeeded()).isFalse();
            assertThat(o.unreachable()).isTrue();
            assertThat(o.error()).contains("All dead " + tag);
        });
        assertThat(v6.print("/ppp/secret")).anyMatch(r -> ("eka-" + tag).equals(r.get("name")));
        assertThat(v7.print("/ppp/secret")).anyMatch(r -> ("eka-" + tag).equals(r.get("name")));

        DriftReport deadDrift = drift.drift(dead);
        assertThat(deadDrift.unreachable()).isTrue();
        assertThat(deadDrift.lastReconcile().error()).isNotNull();
    }

    @Test
    @WithMockUser(username = "drift-admin-login", roles = "ADMIN")
    void aRefusedLoginIsReportedInTheRoutersOwnWordsAndNotAsUnreachable() throws IOException {
        // its own router: connections pooled by the other tests would not log in again
        try (SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V7_20).start()) {
            router.faults().refuseLogin(true);
            long nas = register("Refuses", router.port(), router);

            DriftReport report = drift.drift(nas);
            assertThat(report.unreachable()).isFalse();
            assertThat(report.loginRefused()).isTrue();
            assertThat(report.status()).isEqualTo(NasStatus.LOGIN_REFUSED);
            assertThat(report.error()).contains("invalid user name or password");

            assertThat(drift.reconcileAll()).filteredOn(o -> o.nasId() == nas).singleElement().satisfies(o -> {
                assertThat(o.unreachable()).isFalse();
                assertThat(o.loginRefused()).isTrue();
                assertThat(o.error()).contains("invalid user name or password");
            });
        }
    }

    @Test
    @WithMockUser(username = "drift-tech", roles = "TECHNICIAN")
    void techniciansLookButDoNotReconcile() {
        assertThat(drift.driftAll()).isNotNull();
        assertThatThrownBy(() -> drift.reconcileAll()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "drift-cs", roles = "CS")
    void customerServiceNeitherLooksNorReconciles() {
        assertThatThrownBy(() -> drift.driftAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drift.reconcileAll()).isInstanceOf(AccessDeniedException.class);
    }

    private static String id(SimulatedRouter router, String name) {
        return router.print("/ppp/secret").stream().filter(r -> name.equals(r.get("name"))).findFirst().orElseThrow().get(".id");
    }

}
