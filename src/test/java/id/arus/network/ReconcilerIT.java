package id.arus.network;

import static id.arus.network.TestRouters.activeSession;
import static id.arus.network.TestRouters.awaitSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
    @Autowired
    JdbcTemplate jdbc;
    static final TestRouters simulators = new TestRouters();
    /** Routers of the every-menu walk, so its NAS endpoints do not collide with the secrets walk's. */
    static final TestRouters menuRouters = new TestRouters();
    static final TestRouters failoverRouters = new TestRouters();

    @AfterAll
    static void stopRouters() {
        simulators.close();
        menuRouters.close();
        failoverRouters.close();
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

    /** Every managed menu on each RouterOS version: added in order, idempotent, changed field by field, removed. */
    @ParameterizedTest
    @EnumSource(RouterOsVersion.class)
    void reconcilesEveryManagedMenu(RouterOsVersion version) throws Exception {
        SimulatedRouter router = menuRouters.get(version);
        long nas = registry.create(new NasForm("Menus " + version + " " + tag, "127.0.0.1", router.port(), false,
                router.username(), router.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
        String plan = "paket-" + tag;
        String voucher = "voucher-" + tag;
        String ana = "ana-" + tag;
        String budi = "budi-" + tag;
        desired.putPppProfile(nas, new PppProfile(plan, "5M/10M 8M/15M 4M/8M 8/8 5 2M/4M", "10.9.0.1", "10.9.0.99", "Paket 10M"));
        desired.putHotspotProfile(nas, new HotspotProfile(voucher, "1M/2M", 2, null));
        desired.putPppSecret(nas, new PppUser(ana, "pw-ana", plan, "pppoe", null, false, ana));
        desired.putHotspotUser(nas, new HotspotUser(budi, "pw \"budi\"", voucher, false, budi));
        desired.putSimpleQueue(nas, new SimpleQueue(ana, "10.9.1.2", "5M/10M", "8M/15M", "4M/8M", "8s/8s", null, ana));
        desired.putAddressListEntry(nas, new AddressListEntry("isolir", "10.9.1.2/32", ana));

        ReconcileReport first = reconciler.reconcile(nas);
        assertThat(first.failures()).isEmpty();
        assertThat(first.added()).isEqualTo(6);
        assertThat(first.byKind()).allSatisfy((kind, counts) -> assertThat(counts.added()).as(kind.name()).isEqualTo(1));
        assertThat(row(router, "/ppp/profile", "name", plan)).hasValueSatisfying(p -> {
            assertThat(p.get("rate-limit")).isEqualTo("5M/10M 8M/15M 4M/8M 8/8 5 2M/4M");
            assertThat(p.get("local-address")).isEqualTo("10.9.0.1");
            assertThat(p.get("comment")).isEqualTo("arus:Paket 10M");
        });
        assertThat(row(router, "/ip/hotspot/user/profile", "name", voucher)).hasValueSatisfying(p -> {
            assertThat(p.get("rate-limit")).isEqualTo("1M/2M");
            assertThat(p.get("shared-users")).isEqualTo("2");
        });
        assertThat(row(router, "/ip/hotspot/user", "name", budi)).hasValueSatisfying(u -> {
            assertThat(u.get("password")).isEqualTo("pw \"budi\"");
            assertThat(u.get("profile")).isEqualTo(voucher);
        });
        assertThat(row(router, "/queue/simple", "name", ana)).hasValueSatisfying(q -> {
            assertThat(q.get("target")).as("a bare address is stored as /32, as RouterOS shows it").isEqualTo("10.9.1.2/32");
            assertThat(q.get("max-limit")).isEqualTo("5M/10M");
            assertThat(q.get("burst-time")).isEqualTo("8s/8s");
        });
        assertThat(router.print("/ip/firewall/address-list")).anySatisfy(e -> {
            assertThat(e.get("list")).isEqualTo("isolir");
            assertThat(e.get("address")).isEqualTo("10.9.1.2");
            assertThat(e.get("comment")).isEqualTo("arus:" + ana);
        });

        assertThat(reconciler.reconcile(nas).commands()).as("nothing changed: nothing sent").isZero();

        // a hotspot user's new password ends the live session; a queue change is one set of one field
        router.execute("/ip/hotspot/active/login", Map.of("user", budi, "password", "pw \"budi\""));
        assertThat(router.print("/ip/hotspot/active")).anyMatch(a -> budi.equals(a.get("user")));
        desired.putHotspotUser(nas, new HotspotUser(budi, "pw-new", voucher, false, budi));
        desired.putSimpleQueue(nas, new SimpleQueue(ana, "10.9.1.2", "10M/20M", "8M/15M", "4M/8M", "8s/8s", null, ana));
        ReconcileReport changed = reconciler.reconcile(nas);
        assertThat(changed.changed()).isEqualTo(2);
        assertThat(changed.commands()).isEqualTo(2);
        assertThat(changed.kicked()).isEqualTo(1);
        assertThat(router.print("/ip/hotspot/active")).noneMatch(a -> budi.equals(a.get("user")));
        assertThat(row(router, "/queue/simple", "name", ana)).hasValueSatisfying(q -> assertThat(q.get("max-limit")).isEqualTo("10M/20M"));

        // entries made by hand are left alone; a desired entry one of them holds is a conflict, not touched
        router.execute("/queue/simple/add", Map.of("name", "hand-" + tag, "target", "10.9.7.7/32", "max-limit", "1M/1M"));
        router.execute("/ip/firewall/address-list/add", Map.of("list", "isolir", "address", "10.9.1.9", "comment", "by hand"));
        desired.putAddressListEntry(nas, new AddressListEntry("isolir", "10.9.1.9", budi));
        ReconcileReport hand = reconciler.reconcile(nas);
        assertThat(hand.commands()).isZero();
        assertThat(hand.unmanaged()).contains("hand-" + tag, "isolir 10.9.1.9");
        assertThat(hand.conflicts()).containsExactly("isolir 10.9.1.9");
        assertThat(router.print("/ip/firewall/address-list")).anySatisfy(e -> assertThat(e.get("comment")).isEqualTo("by hand"));
        desired.removeAddressListEntry(nas, "isolir", "10.9.1.9");

        // the plan goes with its subscriber: the secret and the profile it used are removed, profile last
        desired.removePppSecret(nas, ana);
        desired.removePppProfile(nas, plan);
        desired.removeAddressListEntry(nas, "isolir", "10.9.1.2");
        ReconcileReport removed = reconciler.reconcile(nas);
        assertThat(removed.failures()).isEmpty();
        assertThat(removed.removed()).isEqualTo(3);
        assertThat(row(router, "/ppp/profile", "name", plan)).isEmpty();
        assertThat(secret(router, ana)).isEmpty();
        assertThat(router.print("/ip/firewall/address-list")).noneMatch(e -> "10.9.1.2".equals(e.get("address")));
        assertThat(row(router, "/queue/simple", "name", "hand-" + tag)).isPresent();
        assertThat(reconciler.reconcile(nas).commands()).as("idempotent at the end too").isZero();
    }

    @Test
    void badInputIsRefusedWithAMessageThatNamesTheEntryAndNothingIsStored() throws java.io.IOException {
        int unused;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            unused = socket.getLocalPort();
        }
        // Validation needs no router: the desired state is refused before anything is stored.
        long nas = registry.create(new NasForm("Bad input " + tag, "127.0.0.1", unused, false, "admin", "x", null, null,
                NasRole.PRIMARY, null, null, null)).id();
        assertThatThrownBy(() -> desired.putPppProfile(nas, new PppProfile("p-" + tag, "10 Mbps", null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p-" + tag).hasMessageContaining("10M/20M");
        assertThatThrownBy(() -> desired.putSimpleQueue(nas, SimpleQueue.of("q-" + tag, "10.9.300.1", "5M/10M")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q-" + tag).hasMessageContaining("10.9.300.1");
        assertThatThrownBy(() -> desired.putSimpleQueue(nas, SimpleQueue.of("q-" + tag, "10.9.3.1", "fast")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-limit");
        assertThatThrownBy(() -> desired.putAddressListEntry(nas, new AddressListEntry("iso lir", "10.9.3.1", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("list name");
        assertThatThrownBy(() -> desired.putHotspotUser(nas, new HotspotUser("*1", "pw", null, false, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("internal id");
        assertThatThrownBy(() -> desired.putHotspotUser(nas, new HotspotUser("h-" + tag, "", null, false, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a password");
        assertThat(desired.pppProfiles(nas)).noneMatch(p -> p.name().equals("p-" + tag));
        assertThat(desired.simpleQueues(nas)).noneMatch(q -> q.name().equals("q-" + tag));
    }

    /**
     * While nas_failover says the backup carries the primary, the backup's reconcile adds the primary's
     * entries too; when the row goes, the next reconcile takes them away and keeps the backup's own.
     */
    @Test
    void theBackupCarriesThePrimarysEntriesWhileTheFailoverRowExists() throws Exception {
        SimulatedRouter primaryRouter = failoverRouters.get(RouterOsVersion.V7_16);
        SimulatedRouter backupRouter = failoverRouters.get(RouterOsVersion.V7_20);
        long primary = registry.create(new NasForm("Primary " + tag, "127.0.0.1", primaryRouter.port(), false,
                primaryRouter.username(), primaryRouter.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
        long backup = registry.create(new NasForm("Backup " + tag, "127.0.0.1", backupRouter.port(), false,
                backupRouter.username(), backupRouter.password(), null, null, NasRole.BACKUP, primary, null, null)).id();
        String carried = "carried-" + tag;
        String own = "own-" + tag;
        desired.putPppProfile(primary, new PppProfile("plan-" + tag, "5M/10M", null, null, null));
        desired.putPppSecret(primary, new PppUser(carried, "pw-c", "plan-" + tag, "pppoe", null, false, carried));
        desired.putSimpleQueue(primary, SimpleQueue.of(carried, "10.8.0.2", "5M/10M"));
        desired.putPppSecret(backup, new PppUser(own, "pw-o", null, "pppoe", null, false, own));
        assertThat(reconciler.reconcile(backup).added()).isEqualTo(1);

        jdbc.update("insert into nas_failover (primary_id, backup_id, reason) values (?, ?, ?)", primary, backup, "test: primary down");
        ReconcileReport during = reconciler.reconcile(backup);
        assertThat(during.added()).isEqualTo(3);
        assertThat(secret(backupRouter, carried)).isPresent();
        assertThat(row(backupRouter, "/ppp/profile", "name", "plan-" + tag)).isPresent();
        assertThat(row(backupRouter, "/queue/simple", "name", carried)).isPresent();
        assertThat(reconciler.reconcile(backup).commands()).as("projected entries are idempotent too").isZero();
        assertThat(desired.pppSecrets(backup)).as("the backup's own desired state is unchanged")
                .extracting(PppUser::name).containsExactly(own);

        jdbc.update("delete from nas_failover where primary_id = ?", primary);
        ReconcileReport after = reconciler.reconcile(backup);
        assertThat(after.removed()).isEqualTo(3);
        assertThat(secret(backupRouter, carried)).isEmpty();
        assertThat(secret(backupRouter, own)).isPresent();
    }

    private static Optional<Map<String, String>> row(SimulatedRouter router, String menu, String field, String value) {
        return router.print(menu).stream().filter(r -> value.equals(r.get(field))).findFirst();
    }

    private static Optional<Map<String, String>> secret(SimulatedRouter router, String name) {
        List<Map<String, String>> rows = router.print("/ppp/secret");
        return rows.stream().filter(r -> name.equals(r.get("name"))).findFirst();
    }
}
