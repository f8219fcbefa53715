package id.arus.network;

import static id.arus.network.TestRouters.activeSession;
import static id.arus.network.TestRouters.awaitSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.shared.SystemIdentity;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** One subscriber applied to a simulated router at a time, without a full reconcile, on every RouterOS version. */
@ArusIT
@WithMockUser(username = "provisioning-noc", roles = "NOC")
class SubscriberProvisioningIT {

    @Autowired
    SubscriberProvisioning provisioning;
    @Autowired
    DesiredState desired;
    @Autowired
    Reconciler reconciler;
    @Autowired
    NasManagement registry;
    @Autowired
    JdbcTemplate jdbc;

    static final TestRouters lifecycleRouters = new TestRouters();
    static final TestRouters otherRouters = new TestRouters();
    static final TestRouters failoverRouters = new TestRouters();
    static final TestRouters raceRouters = new TestRouters();

    @AfterAll
    static void stopRouters() {
        lifecycleRouters.close();
        otherRouters.close();
        failoverRouters.close();
        raceRouters.close();
    }

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private long register(String what, SimulatedRouter router, NasRole role, Long backupOf) {
        return registry.create(new NasForm(what + " " + router.version() + " " + tag, "127.0.0.1", router.port(), false,
                router.username(), router.password(), null, null, role, backupOf, null, null)).id();
    }

    /** Activation, a live session, suspension to an isolation profile, termination: each step one apply. */
    @ParameterizedTest
    @EnumSource(RouterOsVersion.class)
    void appliesOneSubscriberThroughItsLife(RouterOsVersion version) throws Exception {
        SimulatedRouter router = lifecycleRouters.get(version);
        long nas = register("Provision", router, NasRole.PRIMARY, null);
        String name = "ana-" + tag;
        String plan = "plan-" + tag;
        String isolation = "isolir-" + tag;
        String neighbour = "bayu-" + tag;
        desired.putPppProfile(nas, new PppProfile(plan, "5M/10M", null, null, "Paket 10M"));
        desired.putPppSecret(nas, new PppUser(name, "pw-ana", plan, "pppoe", "10.77.0.2", false, "SUB-1"));
        desired.putSimpleQueue(nas, SimpleQueue.of(name, "10.77.0.2", "5M/10M"));
        desired.putAddressListEntry(nas, new AddressListEntry("pelanggan", "10.77.0.2", name));
        // someone else's desired entry is not theirs to apply
        desired.putPppSecret(nas, new PppUser(neighbour, "pw-bayu", plan, "pppoe", null, false, null));

        // activation: the profile first, then the secret, queue and address-list entry
        SubscriberOnRouter active = provisioning.apply(nas, name, false);
        assertThat(active).isEqualTo(new SubscriberOnRouter(nas, name, true, plan, false));
        assertThat(row(router, "/ppp/profile", "name", plan)).hasValueSatisfying(p -> assertThat(p.get("rate-limit")).isEqualTo("5M/10M"));
        assertThat(row(router, "/ppp/secret", "name", name)).hasValueSatisfying(s -> {
            assertThat(s.get("password")).isEqualTo("pw-ana");
            assertThat(s.get("comment")).isEqualTo("arus:SUB-1");
        });
        assertThat(row(router, "/queue/simple", "name", name)).hasValueSatisfying(q -> assertThat(q.get("target")).isEqualTo("10.77.0.2/32"));
        assertThat(row(router, "/ip/firewall/address-list", "comment", "arus:" + name))
                .hasValueSatisfying(e -> assertThat(e.get("list")).isEqualTo("pelanggan"));
        assertThat(row(router, "/ppp/secret", "name", neighbour)).as("only the one subscriber").isEmpty();
        assertThat(provisioning.apply(nas, name, false)).as("idempotent").isEqualTo(active);
        assertThat(reconciler.plan(nas).plans().values().stream().filter(p -> p.kind() != DesiredKind.PPP_SECRET)
                .allMatch(p -> p.commands().isEmpty())).as("the router matches desired state for everything but the neighbour").isTrue();

        // the live session: address, uptime, caller id, and the byte counters of <pppoe-NAME> growing
        awaitSession(router, name, true);
        LiveSession first = provisioning.liveSession(nas, name);
        assertThat(first.online()).isTrue();
        assertThat(first.address()).isEqualTo("10.77.0.2");
        assertThat(first.callerId()).matches("02:00:.*");
        NetworkTestSupport.await("the session's counters to grow", Duration.ofSeconds(10), () -> {
            LiveSession later = provisioning.liveSession(nas, name);
            return later.rxBytes() > first.rxBytes() && later.txBytes() > first.txBytes() && later.uptime().compareTo(Duration.ofSeconds(1)) >= 0;
        });
        assertThat(provisioning.liveSession(nas, "nobody-" + tag)).isEqualTo(LiveSession.offline());

        // suspension: the isolation profile puts every session of it in list "isolir"; the session is ended
        // so the client redials into it
        desired.putPppProfile(nas, new PppProfile(isolation, "256k/256k", null, null, "Isolir", "isolir"));
        desired.putPppSecret(nas, new PppUser(name, "pw-ana", isolation, "pppoe", "10.77.0.2", false, "SUB-1"));
        String sessionBefore = row(router, "/ppp/active", "name", name).orElseThrow().get(".id");
        SubscriberOnRouter suspended = provisioning.apply(nas, name, true);
        assertThat(suspended.profile()).isEqualTo(isolation);
        assertThat(row(router, "/ppp/profile", "name", isolation)).hasValueSatisfying(p -> assertThat(p.get("address-list")).isEqualTo("isolir"));
        NetworkTestSupport.await("a new session in the isolation list", Duration.ofSeconds(10), () ->
                row(router, "/ppp/active", "name", name).map(s -> !s.get(".id").equals(sessionBefore)).orElse(false)
                        && router.print("/ip/firewall/address-list").stream()
                        .anyMatch(e -> "isolir".equals(e.get("list")) && "10.77.0.2".equals(e.get("address")) && "true".equals(e.get("dynamic"))));

        assertThat(reconciler.plan(nas).plans().get(DesiredKind.ADDRESS_LIST).unmanaged())
                .as("the session's dynamic isolir entry is nobody's work to report").isEmpty();
        assertThatThrownBy(() -> desired.putPppProfile(nas, new PppProfile(isolation, null, null, null, null, "isolir, tanpa bayar")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address-list");

        // termination: everything of theirs leaves the router, the session with it; an engineer's entry stays
        router.execute("/ppp/secret/add", Map.of("name", "hand-" + tag, "password", "x", "comment", "by the engineer"));
        desired.removePppSecret(nas, name);
        desired.removeSimpleQueue(nas, name);
        desired.removeAddressListEntry(nas, "pelanggan", "10.77.0.2");
        SubscriberOnRouter gone = provisioning.apply(nas, name, false);
        assertThat(gone).isEqualTo(new SubscriberOnRouter(nas, name, false, null, false));
        awaitSession(router, name, false);
        assertThat(row(router, "/queue/simple", "name", name)).isEmpty();
        assertThat(row(router, "/ip/firewall/address-list", "comment", "arus:" + name)).isEmpty();
        assertThat(row(router, "/ppp/profile", "name", isolation)).as("profiles are shared, never removed here").isPresent();
        assertThat(row(router, "/ppp/secret", "name", "hand-" + tag)).isPresent();
        assertThat(provisioning.read(nas, name).present()).isFalse();
    }

    @Test
    void aHotspotUsersSessionIsReadFromHotspotActive() throws Exception {
        SimulatedRouter router = otherRouters.get(RouterOsVersion.V7_16);
        long nas = register("Hotspot", router, NasRole.PRIMARY, null);
        String voucher = "voucher-" + tag;
        String user = "budi-" + tag;
        desired.putHotspotProfile(nas, new HotspotProfile(voucher, "1M/2M", 1, null));
        desired.putHotspotUser(nas, new HotspotUser(user, "pw-budi", voucher, false, null));
        assertThat(provisioning.apply(nas, user, false)).isEqualTo(new SubscriberOnRouter(nas, user, true, voucher, false));
        router.execute("/ip/hotspot/active/login", Map.of("user", user, "password", "pw-budi", "ip", "10.5.50.9"));
        NetworkTestSupport.await("hotspot bytes", Duration.ofSeconds(10), () -> {
            LiveSession session = provisioning.liveSession(nas, user);
            return session.online() && "10.5.50.9".equals(session.address()) && session.txBytes() > 0 && session.rxBytes() > 0;
        });
        desired.putHotspotUser(nas, new HotspotUser(user, "pw-budi", voucher, true, null));
        assertThat(provisioning.apply(nas, user, true).disabled()).isTrue();
        assertThat(provisioning.liveSession(nas, user).online()).isFalse();
    }

    @Test
    void anEntryArusDoesNotManageIsRefusedAndAnUnreachableRouterSaysSo() {
        SimulatedRouter router = otherRouters.get(RouterOsVersion.V6_49);
        long nas = register("Conflict", router, NasRole.PRIMARY, null);
        String name = "citra-" + tag;
        router.execute("/ppp/secret/add", Map.of("name", name, "password", "x", "comment", "by the engineer"));
        desired.putPppSecret(nas, new PppUser(name, "pw", null, "pppoe", null, false, null));
        assertThatThrownBy(() -> provisioning.apply(nas, name, false))
                .isInstanceOfSatisfying(RouterCommandException.class, e -> {
                    assertThat(e.unreachable()).isFalse();
                    assertThat(e.getMessage()).contains("/ppp/secret " + name).doesNotContain("pw");
                });
        assertThat(row(router, "/ppp/secret", "name", name)).hasValueSatisfying(s -> assertThat(s.get("comment")).isEqualTo("by the engineer"));

        long down = registry.create(new NasForm("Nowhere " + tag, NetworkTestSupport.NOWHERE, NetworkTestSupport.nowherePort(), false,
                "admin", "whatever-1", null, null, NasRole.PRIMARY, null, null, null)).id();
        assertThatThrownBy(() -> provisioning.apply(down, name, false))
                .isInstanceOfSatisfying(RouterCommandException.class, e -> assertThat(e.unreachable()).isTrue());
        assertThatThrownBy(() -> provisioning.liveSession(down, name))
                .isInstanceOfSatisfying(RouterCommandException.class, e -> assertThat(e.unreachable()).isTrue());
    }

    @Test
    void whileFailedOverTheBackupCarryingTheNasIsActedOn() {
        SimulatedRouter primaryRouter = failoverRouters.get(RouterOsVersion.V7_16);
        SimulatedRouter backupRouter = failoverRouters.get(RouterOsVersion.V7_20);
        long primary = register("Primary", primaryRouter, NasRole.PRIMARY, null);
        long backup = register("Backup", backupRouter, NasRole.BACKUP, primary);
        String name = "dewi-" + tag;
        desired.putPppSecret(primary, new PppUser(name, "pw-dewi", "paket-10m", "pppoe", null, false, null));
        jdbc.update("insert into nas_failover (primary_id, backup_id, reason) values (?, ?, ?)", primary, backup, "test: primary down");
        try {
            SubscriberOnRouter onBackup = provisioning.apply(primary, name, false);
            assertThat(onBackup.nasId()).isEqualTo(backup);
            assertThat(onBackup.present()).isTrue();
            assertThat(row(backupRouter, "/ppp/secret", "name", name)).isPresent();
            assertThat(row(primaryRouter, "/ppp/secret", "name", name)).isEmpty();
        } finally {
            jdbc.update("delete from nas_failover where primary_id = ?", primary);
        }
        assertThat(provisioning.apply(primary, name, false).nasId()).isEqualTo(primary);
        assertThat(row(primaryRouter, "/ppp/secret", "name", name)).isPresent();
    }

    /** Applies racing full reconciles of the same NAS: both succeed and the router ends up as desired. */
    @Test
    void racesFullReconcilesOfTheSameNasSafely() throws Exception {
        SimulatedRouter router = raceRouters.get(RouterOsVersion.V7_20);
        long nas = register("Race", router, NasRole.PRIMARY, null);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "race" + i + "-" + tag;
            names.add(name);
            desired.putPppSecret(nas, new PppUser(name, "pw-" + i, "paket-20m", "pppoe", null, false, null));
            desired.putSimpleQueue(nas, SimpleQueue.of(name, "10.66.0." + (i + 2), "10M/20M"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String name : names) {
                work.add(pool.submit(() -> SystemIdentity.call("provisioning-test", () -> provisioning.apply(nas, name, false))));
                work.add(pool.submit(() -> SystemIdentity.call("provisioning-test", () -> reconciler.reconcile(nas))));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reconciler.reconcile(nas).commands()).as("nothing left to do").isZero();
        for (String name : names) {
            assertThat(row(router, "/ppp/secret", "name", name)).isPresent();
        }
    }

    @Test
    @WithMockUser(username = "provisioning-tech", roles = "TECHNICIAN")
    void techniciansReadButDoNotApply() {
        SimulatedRouter router = otherRouters.get(RouterOsVersion.V7_20);
        long nas = SystemIdentity.call("provisioning-test", () -> register("Roles", router, NasRole.PRIMARY, null));
        assertThatThrownBy(() -> provisioning.apply(nas, "x-" + tag, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(provisioning.read(nas, "x-" + tag).present()).isFalse();
    }

    private static Optional<Map<String, String>> row(SimulatedRouter router, String menu, String field, String value) {
        return router.print(menu).stream().filter(r -> value.equals(r.get(field))).findFirst();
    }
}
