package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Snapshots, diffs and restores against simulated routers, one fresh NAS per test. */
@ArusIT
@WithMockUser(username = "backup-noc", roles = "NOC")
class RouterBackupsIT {

    @Autowired
    RouterBackups backups;
    @Autowired
    DesiredState desired;
    @Autowired
    Reconciler reconciler;
    @Autowired
    NasManagement registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BackupSchedule schedule;

    /** Each test gets its own simulated router: an endpoint can be registered once, and tests stay apart. */
    private final List<SimulatedRouter> started = new ArrayList<>();
    private SimulatedRouter router;

    @AfterEach
    void stopRouters() {
        started.forEach(SimulatedRouter::close);
    }

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    /** A fresh router with an address, a pool, a profile, two Arus secrets and one made by hand. */
    private long prepared(RouterOsVersion version) {
        try {
            router = SimulatedRouter.builder(version).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        started.add(router);
        long nas = registry.create(new NasForm("Backup " + version + " " + tag, "127.0.0.1", router.port(), false,
                router.username(), router.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
        router.execute("/system/identity/set", Map.of("name", "core-" + tag));
        router.execute("/ip/pool/add", Map.of("name", "pool-" + tag, "ranges", "10.10.0.2-10.10.0.254"));
        router.execute("/ppp/profile/add", Map.of("name", "paket-" + tag, "rate-limit", "10M/10M"));
        router.execute("/ppp/secret/add", Map.of("name", "manual-" + tag, "password", "hand-made", "comment", "engineer"));
        desired.putPppSecret(nas, new PppUser("ana-" + tag, "plain-pw-ana", "paket-" + tag, "pppoe", null, false, "SUB-1"));
        desired.putPppSecret(nas, new PppUser("bayu-" + tag, "plain-pw-bayu", "paket-" + tag, "pppoe", "10.9.0.2", false, null));
        desired.putHotspotUser(nas, new HotspotUser("hs-" + tag, "plain-pw-hs", null, false, null));
        desired.putSimpleQueue(nas, SimpleQueue.of("bayu-" + tag, "10.9.0.2", "5M/10M"));
        desired.putAddressListEntry(nas, new AddressListEntry("isolir", "10.9.0.3", "ana-" + tag));
        router.execute("/queue/simple/add", Map.of("name", "manual-q-" + tag, "target", "10.9.9.9/32"));
        assertThat(reconciler.reconcile(nas).failures()).isEmpty();
        return nas;
    }

    @Test
    void snapshotHoldsIdentityAddressesPoolsAndManagedSecretsWithoutPlainPasswords() {
        long nas = prepared(RouterOsVersion.values()[0]);

        BackupVersion v = backups.snapshot(nas, BackupReason.MANUAL);

        assertThat(v.version()).isEqualTo(1);
        assertThat(v.takenBy()).isEqualTo("backup-noc");
        assertThat(v.reason()).isEqualTo(BackupReason.MANUAL);
        Map<String, List<Map<String, String>>> content = backups.content(nas, 1);
        assertThat(content.get("/system/identity")).singleElement().satisfies(r -> assertThat(r.get("name")).isEqualTo("core-" + tag));
        assertThat(content.get("/ip/address")).anySatisfy(r -> assertThat(r.get("address")).isEqualTo("192.168.88.1/24"));
        assertThat(content.get("/ip/pool")).anySatisfy(r -> assertThat(r.get("name")).isEqualTo("pool-" + tag));
        assertThat(content.get("/ppp/profile")).anySatisfy(r -> assertThat(r.get("name")).isEqualTo("paket-" + tag));
        assertThat(content.get("/ppp/secret")).extracting(r -> r.get("name"))
                .as("only Arus's secrets").containsExactlyInAnyOrder("ana-" + tag, "bayu-" + tag);
        assertThat(content.get("/ppp/secret")).allSatisfy(r -> assertThat(r.get("password")).isEqualTo("***"));
        assertThat(content.get("/ip/hotspot/user")).singleElement().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("hs-" + tag);
            assertThat(r.get("password")).isEqualTo("***");
        });
        assertThat(content.get("/queue/simple")).extracting(r -> r.get("name")).as("only Arus's queues").containsExactly("bayu-" + tag);
        assertThat(content.get("/ip/firewall/address-list")).singleElement()
                .satisfies(r -> assertThat(r.get("address")).isEqualTo("10.9.0.3"));

        String stored = jdbc.sql("select content::text from nas_backup where nas_id = ? and version = 1").param(nas)
                .query(String.class).single();
        assertThat(stored).contains("core-" + tag).contains("ana-" + tag)
                .doesNotContain("plain-pw-ana").doesNotContain("plain-pw-bayu").doesNotContain("plain-pw-hs")
                .doesNotContain("hand-made").contains("v1:");

        // the router saved its own dated binary backup
        assertThat(v.backupFile()).startsWith("arus-backup-").endsWith(".backup");
        String today = DateTimeFormatter.ofPattern("yyyyMMdd").format(ZonedDateTime.now(RouterBackups.ZONE));
        assertThat(router.print("/file")).extracting(r -> r.get("name")).contains(v.backupFile());
        assertThat(v.backupFile()).contains("-" + today + "-");
    }

    @Test
    void anUnchangedScheduledSnapshotIsNotStoredAgainButAChangedOneIs() {
        long nas = prepared(RouterOsVersion.values()[0]);
        Optional<BackupVersion> first = backups.scheduled(nas);
        assertThat(first).isPresent();
        assertThat(first.get().takenBy()).isEqualTo("backup-noc");

        assertThat(backups.scheduled(nas)).as("same content, same checksum").isEmpty();
        assertThat(backups.versions(nas)).hasSize(1);

        // a changed password alone (same everything else) is a change
        desired.putPppSecret(nas, new PppUser("ana-" + tag, "another-pw", "paket-" + tag, "pppoe", null, false, "SUB-1"));
        reconciler.reconcile(nas);
        assertThat(backups.scheduled(nas)).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(2));
        assertThat(backups.versions(nas)).extracting(BackupVersion::version).containsExactly(2, 1);
    }

    @Test
    void diffShowsAChangedSecretAndAnAddedPool() {
        long nas = prepared(RouterOsVersion.values()[RouterOsVersion.values().length - 1]);
        backups.snapshot(nas, BackupReason.MANUAL);
        desired.putPppSecret(nas, new PppUser("ana-" + tag, "plain-pw-ana", "default", "pppoe", null, true, "SUB-1"));
        desired.putSimpleQueue(nas, SimpleQueue.of("bayu-" + tag, "10.9.0.2", "10M/20M"));
        desired.putHotspotUser(nas, new HotspotUser("hs-" + tag, "changed-pw-hs", null, false, null));
        reconciler.reconcile(nas);
        router.execute("/ip/pool/add", Map.of("name", "extra-" + tag, "ranges", "10.20.0.2-10.20.0.9"));
        backups.snapshot(nas, BackupReason.MANUAL);

        BackupDiff diff = backups.diff(nas, 1, 2);

        assertThat(diff.lines()).contains(
                "/ip/pool + extra-" + tag,
                "/ppp/secret ~ ana-" + tag + ": disabled 'false' -> 'true'",
                "/ppp/secret ~ ana-" + tag + ": profile 'paket-" + tag + "' -> 'default'",
                "/queue/simple ~ bayu-" + tag + ": max-limit '5M/10M' -> '10M/20M'",
                "/ip/hotspot/user ~ hs-" + tag + ": password (changed)");
        assertThat(diff.lines()).noneMatch(l -> l.contains("/ppp/secret ~ bayu-" + tag));
        assertThat(diff.lines()).noneMatch(l -> l.contains("changed-pw-hs"));
    }

    @Test
    void restoreBringsBackARemovedSecretAfterTakingABeforeRestoreSnapshot() {
        RouterOsVersion version = RouterOsVersion.values()[RouterOsVersion.values().length - 1];
        long nas = prepared(version);
        backups.snapshot(nas, BackupReason.MANUAL);

        assertThat(desired.removePppSecret(nas, "bayu-" + tag)).isTrue();
        assertThat(desired.removeSimpleQueue(nas, "bayu-" + tag)).isTrue();
        assertThat(desired.removeHotspotUser(nas, "hs-" + tag)).isTrue();
        assertThat(desired.removeAddressListEntry(nas, "isolir", "10.9.0.3")).isTrue();
        desired.putPppSecret(nas, new PppUser("dewi-" + tag, "pw-d", null, null, null, false, null));
        desired.putSimpleQueue(nas, SimpleQueue.of("dewi-" + tag, "10.9.0.4", "1M/2M"));
        reconciler.reconcile(nas);
        assertThat(router.print("/queue/simple")).noneMatch(q -> ("bayu-" + tag).equals(q.get("name")));
        assertThat(secret(router, "bayu-" + tag)).isEmpty();

        ReconcileReport report = backups.restore(nas, 1);

        assertThat(report.failures()).isEmpty();
        assertThat(secret(router, "bayu-" + tag)).hasValueSatisfying(s -> {
            assertThat(s.get("password")).isEqualTo("plain-pw-bayu");
            assertThat(s.get("remote-address")).isEqualTo("10.9.0.2");
            assertThat(s.get("comment")).isEqualTo("arus:");
        });
        assertThat(secret(router, "ana-" + tag)).hasValueSatisfying(s -> assertThat(s.get("comment")).isEqualTo("arus:SUB-1"));
        assertThat(secret(router, "dewi-" + tag)).as("not in the restored version").isEmpty();
        assertThat(secret(router, "manual-" + tag)).as("unmanaged, left alone").isPresent();
        assertThat(desired.pppSecrets(nas)).extracting(PppUser::name).containsExactlyInAnyOrder("ana-" + tag, "bayu-" + tag);
        // every managed kind comes back, the hotspot password from the encrypted snapshot
        assertThat(router.print("/queue/simple")).extracting(q -> q.get("name")).contains("bayu-" + tag, "manual-q-" + tag)
                .doesNotContain("dewi-" + tag);
        assertThat(router.print("/ip/hotspot/user")).anySatisfy(u -> {
            assertThat(u.get("name")).isEqualTo("hs-" + tag);
            assertThat(u.get("password")).isEqualTo("plain-pw-hs");
        });
        assertThat(router.print("/ip/firewall/address-list")).anyMatch(e -> "10.9.0.3".equals(e.get("address")));
        assertThat(desired.simpleQueues(nas)).extracting(SimpleQueue::name).containsExactly("bayu-" + tag);
        assertThat(reconciler.reconcile(nas).commands()).as("desired state and router agree").isZero();

        assertThat(backups.versions(nas)).extracting(BackupVersion::reason)
                .containsExactly(BackupReason.BEFORE_RESTORE, BackupReason.MANUAL);
        assertThat(backups.diff(nas, 1, 2).lines()).contains("/ppp/secret - bayu-" + tag, "/ppp/secret + dewi-" + tag);

        String audited = jdbc.sql("""
                select actor || ' ' || after_value from audit_entry where action = 'network.backup.restored' and subject = ?""")
                .param("nas:" + registry.get(nas).name()).query(String.class).single();
        assertThat(audited).startsWith("backup-noc ").contains("\"version\":1").doesNotContain("plain-pw");
    }

    @Test
    void whatTheNasCarriedForAFailedPrimaryIsNotRestoredAsItsOwn() throws IOException {
        long backup = prepared(RouterOsVersion.V7_16);
        SimulatedRouter primaryRouter = SimulatedRouter.builder(RouterOsVersion.V7_20).start();
        started.add(primaryRouter);
        long primary = registry.create(new NasForm("Failed primary " + tag, "127.0.0.1", primaryRouter.port(), false,
                primaryRouter.username(), primaryRouter.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
        desired.putPppSecret(primary, new PppUser("carried-" + tag, "pw-c", null, "pppoe", null, false, null));
        jdbc.sql("insert into nas_failover (primary_id, backup_id, reason) values (?, ?, 'test')").param(primary).param(backup).update();
        reconciler.reconcile(backup);
        assertThat(secret(router, "carried-" + tag)).isPresent();
        backups.snapshot(backup, BackupReason.MANUAL);
        assertThat(backups.content(backup, 1).get(RouterBackups.CARRIED)).singleElement()
                .satisfies(r -> assertThat(r.get("name")).isEqualTo("carried-" + tag));

        jdbc.sql("delete from nas_failover where primary_id = ?").param(primary).update();
        backups.restore(backup, 1);

        assertThat(desired.pppSecrets(backup)).extracting(PppUser::name).containsExactlyInAnyOrder("ana-" + tag, "bayu-" + tag);
        assertThat(secret(router, "carried-" + tag)).as("the failover is over: the primary's subscriber leaves").isEmpty();
    }

    @Test
    void keepsOnlyTheNewestVersions() {
        long nas = prepared(RouterOsVersion.values()[0]);
        for (int i = 0; i < 32; i++) {
            backups.snapshot(nas, BackupReason.MANUAL);
        }
        List<BackupVersion> versions = backups.versions(nas);
        assertThat(versions).hasSize(30);
        assertThat(versions.get(0).version()).isEqualTo(32);
        assertThat(versions.get(29).version()).isEqualTo(3);
    }

    @Test
    void keepsOnlyTheNewestDatedBackupFilesOnTheRouterAndNoneButArussOwn() {
        long nas = prepared(RouterOsVersion.values()[0]);
        String prefix = RouterBackups.filePrefix(registry.get(nas));
        for (int day = 1; day <= 31; day++) {
            router.execute("/system/backup/save", Map.of("name", prefix + String.format("202501%02d-0200", day)));
        }
        router.execute("/system/backup/save", Map.of("name", "before-upgrade"));

        BackupVersion v = backups.snapshot(nas, BackupReason.MANUAL);

        List<String> files = router.print("/file").stream().map(f -> f.get("name")).toList();
        assertThat(files.stream().filter(f -> f.startsWith(prefix))).hasSize(30).contains(v.backupFile())
                .doesNotContain(prefix + "20250101-0200.backup", prefix + "20250102-0200.backup")
                .contains(prefix + "20250103-0200.backup");
        assertThat(files).as("an engineer's own backup is left alone").contains("before-upgrade.backup");
    }

    @Test
    void theScheduleSkipsADeadRouterAndBacksUpTheOthers() throws IOException {
        SimulatedRouter dead = SimulatedRouter.builder(RouterOsVersion.values()[0]).start();
        long deadNas = registry.create(new NasForm("Backup dead " + tag, "127.0.0.1", dead.port(), false,
                dead.username(), dead.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
        dead.close();
        long nas = prepared(RouterOsVersion.values()[0]);

        int failed = schedule.runAll();

        assertThat(failed).isGreaterThanOrEqualTo(1);
        assertThat(backups.versions(deadNas)).isEmpty();
        assertThat(backups.versions(nas)).singleElement().satisfies(v -> assertThat(v.reason()).isEqualTo(BackupReason.SCHEDULED));
        registry.remove(deadNas);
    }

    @Test
    @WithMockUser(username = "backup-tech", roles = "TECHNICIAN")
    void aTechnicianReadsButCannotSnapshotOrRestore() {
        assertThat(backups.versions(Long.MAX_VALUE)).isEmpty();
        assertThatThrownBy(() -> backups.snapshot(Long.MAX_VALUE, BackupReason.MANUAL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.restore(Long.MAX_VALUE, 1)).isInstanceOf(AccessDeniedException.class);
    }

    private static Optional<Map<String, String>> secret(SimulatedRouter router, String name) {
        return router.print("/ppp/secret").stream().filter(r -> name.equals(r.get("name"))).findFirst();
    }
}
