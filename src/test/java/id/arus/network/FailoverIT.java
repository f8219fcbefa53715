package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.FailoverStore;
import id.arus.network.internal.NasStore;
import id.arus.network.internal.RouterPool;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.InvalidInputException;
import id.arus.shared.SystemIdentity;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failover and hand-back against simulated routers speaking the RouterOS API. A primary "goes down" by
 * closing its simulator and comes back as a new simulator on the same port; the prober records each
 * status as it would in production, and the watcher is driven with an explicit time instead of waiting
 * five minutes. Each test has its own routers and NAS, removed afterwards.
 */
@ArusIT
@RecordApplicationEvents
@WithMockUser(username = "failover-noc", roles = "NOC")
class FailoverIT {

    private static final Duration AFTER = Duration.ofMinutes(5);
    private static final Duration SETTLE = Duration.ofMinutes(2);

    @Autowired
    Failover failover;
    @Autowired
    NasManagement registry;
    @Autowired
    DesiredState desired;
    @Autowired
    Reconciler reconciler;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FailoverStore store;
    @Autowired
    NasStore nasStore;
    @Autowired
    RouterPool routers;
    @Autowired
    DataSource locks;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final List<SimulatedRouter> simulators = new ArrayList<>();
    private final List<Long> nas = new ArrayList<>();

    private SimulatedRouter primaryRouter;
    private SimulatedRouter backupRouter;
    private long primary;
    private long backup;

    @AfterEach
    void removeRoutersAndNas() throws InterruptedException {
        simulators.forEach(SimulatedRouter::close);
        FailoverTestNas.remove(registry, nas);
    }

    /** A primary with one subscriber on it and its backup, both online and recorded so. */
    private void pair(Integer backupCapacity) {
        primaryRouter = simulator(0);
        backupRouter = simulator(0);
        primary = register("Primary " + tag, primaryRouter, NasRole.PRIMARY, null, null);
        backup = register("Backup " + tag, backupRouter, NasRole.BACKUP, primary, backupCapacity);
        desired.putPppSecret(primary, new PppUser("ana-" + tag, "pw-ana-" + tag, null, "pppoe", null, false, "SUB-1"));
        assertThat(reconciler.reconcile(primary).failures()).isEmpty();
        assertThat(registry.testConnection(primary).status()).isEqualTo(NasStatus.ONLINE);
        assertThat(registry.testConnection(backup).status()).isEqualTo(NasStatus.ONLINE);
    }

    @Test
    void failsOverOnlyAfterTheWaitAndProvisionsTheSubscriberOnTheBackup() throws Exception {
        pair(null);
        Instant down = goesDown();

        watchAt(down.plus(AFTER).minusSeconds(1));
        assertThat(store.active(primary)).as("not down long enough").isEmpty();

        watchAt(down.plus(AFTER));

        FailoverStore.Active active = store.active(primary).orElseThrow();
        assertThat(active.backupId()).isEqualTo(backup);
        assertThat(active.manual()).isFalse();
        assertThat(active.startedBy()).isEqualTo("system:failover");
        assertThat(active.reason()).startsWith("unreachable since");
        assertThat(audited("network.failover.started")).singleElement().satisfies(row -> {
            assertThat(row).startsWith("system:failover ").contains("\"backup\":\"Backup " + tag + "\"").contains("\"subscribers\":1");
        });
        assertThat(events.stream(DesiredStateChanged.class)).as("the backup's desired state changed")
                .contains(new DesiredStateChanged(backup));
        assertThat(secret(backupRouter, "ana-" + tag)).as("the primary's subscriber, now on the backup router")
                .hasValueSatisfying(s -> assertThat(s.get("password")).isEqualTo("pw-ana-" + tag));
        TestRouters.awaitSession(backupRouter, "ana-" + tag, true);
        assertThat(store.owed()).noneMatch(o -> o.nasId() == backup);

        watchAt(down.plus(AFTER.multipliedBy(3)));
        assertThat(audited("network.failover.started")).as("a later check changes nothing").hasSize(1);
    }

    @Test
    void handsBackAfterTheSettleTimeReconcilingThePrimaryBeforeTheBackup() throws Exception {
        pair(null);
        Instant down = goesDown();
        watchAt(down.plus(AFTER));
        assertThat(store.active(primary)).isPresent();

        Instant back = comesBack();
        watchAt(back.plus(SETTLE).minusSeconds(1));
        assertThat(store.active(primary)).as("not online long enough").isPresent();

        watchAt(back.plus(SETTLE));

        assertThat(store.active(primary)).isEmpty();
        assertThat(audited("network.failover.ended")).singleElement()
                .satisfies(row -> assertThat(row).startsWith("system:failover ").contains("online again since"));
        assertThat(secret(primaryRouter, "ana-" + tag)).as("back on the (restarted, empty) primary").isPresent();
        assertThat(secret(backupRouter, "ana-" + tag)).as("gone from the backup").isEmpty();
        TestRouters.awaitSession(backupRouter, "ana-" + tag, false);

        Instant primaryReconciled = reconciler.last(primary).orElseThrow().reconciledAt();
        Instant ended = jdbc.sql("select occurred_at from audit_entry where action = 'network.failover.ended' and subject = ?")
                .param("nas:Primary " + tag).query(java.sql.Timestamp.class).single().toInstant();
        Instant backupReconciled = reconciler.last(backup).orElseThrow().reconciledAt();
        assertThat(primaryReconciled).as("primary first").isBeforeOrEqualTo(ended);
        assertThat(backupReconciled).as("backup after the row is gone").isAfterOrEqualTo(ended);
    }

    @Test
    void aRouterThatRefusesTheLoginIsNotDownAndAFailoverWithoutARoomyOnlineBackupIsNotStarted() throws Exception {
        pair(0);
        assertThat(failover.obstacle(primary)).contains("failover.backupFull");
        primaryRouter.faults().refuseLogin(true);
        assertThat(registry.testConnection(primary).status()).isEqualTo(NasStatus.LOGIN_REFUSED);
        watchAt(Instant.now().plus(Duration.ofHours(1)));
        assertThat(store.active(primary)).as("login refused: the router still serves its customers").isEmpty();

        Instant down = goesDown();
        watchAt(down.plus(AFTER));
        assertThat(store.active(primary)).as("capacity 0 cannot take one subscriber").isEmpty();
        assertThatThrownBy(() -> failover.failOver(primary, "try anyway"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("primary", List.of("failover.backupFull")));

        shutDown(backupRouter);
        assertThat(registry.testConnection(backup).status()).isEqualTo(NasStatus.UNREACHABLE);
        assertThat(failover.obstacle(primary)).contains("failover.backupDown");
        assertThat(failover.pairs()).filteredOn(p -> p.primary().id() == primary).singleElement()
                .satisfies(p -> assertThat(p.obstacle()).isEqualTo("failover.backupDown"));
    }

    @Test
    void staffFailOverWithAReasonAndOnlyStaffHandItBack() throws Exception {
        pair(null);
        assertThatThrownBy(() -> failover.failOver(primary, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));

        FailoverMove move = failover.failOver(primary, "maintenance of the primary's uplink");

        assertThat(move.reconciled()).isTrue();
        assertThat(store.active(primary)).hasValueSatisfying(a -> {
            assertThat(a.manual()).isTrue();
            assertThat(a.startedBy()).isEqualTo("failover-noc");
        });
        assertThat(secret(backupRouter, "ana-" + tag)).isPresent();
        assertThatThrownBy(() -> failover.failOver(primary, "again"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("primary", List.of("failover.already")));

        watchAt(Instant.now().plus(Duration.ofHours(1)));
        assertThat(store.active(primary)).as("the primary is online, but staff moved it on purpose").isPresent();

        failover.handBack(primary, "uplink repaired");

        assertThat(store.active(primary)).isEmpty();
        assertThat(secret(backupRouter, "ana-" + tag)).isEmpty();
        assertThat(audited("network.failover.started")).singleElement().satisfies(row -> assertThat(row)
                .startsWith("failover-noc ").contains("maintenance of the primary's uplink").contains("\"manual\":true"));
        assertThat(audited("network.failover.ended")).singleElement()
                .satisfies(row -> assertThat(row).startsWith("failover-noc ").contains("uplink repaired"));
        assertThatThrownBy(() -> failover.handBack(primary, "again"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("primary", List.of("failover.notActive")));
    }

    @Test
    @WithMockUser(username = "failover-tech", roles = "TECHNICIAN")
    void aTechnicianSeesThePairsButCannotMoveSubscribers() {
        assertThat(failover.pairs()).isNotNull();
        assertThatThrownBy(() -> failover.failOver(Long.MAX_VALUE, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> failover.handBack(Long.MAX_VALUE, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> failover.watch()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReconcileTheBackupMissedIsOwedShownAndRetriedOnTheNextCheck() throws Exception {
        pair(null);
        int backupPort = backupRouter.port();
        shutDown(backupRouter); // recorded ONLINE a moment ago, gone now: the reconcile of the failover fails
        Instant down = goesDown();

        watchAt(down.plus(AFTER));

        assertThat(store.active(primary)).as("the failover is in force; only its reconcile is owed").isPresent();
        FailoverStore.Owed owed = store.owed().stream().filter(o -> o.nasId() == backup).findFirst().orElseThrow();
        assertThat(owed.purpose()).isEqualTo("STARTED");
        assertThat(owed.attempts()).isEqualTo(1);
        assertThat(owed.lastError()).isNotBlank();
        assertThat(failover.pairs()).filteredOn(p -> p.primary().id() == primary).singleElement()
                .satisfies(p -> {
                    assertThat(p.carriedByThisBackup()).isTrue();
                    assertThat(p.pendingError()).isEqualTo(owed.lastError());
                });

        backupRouter = simulator(backupPort);
        // The failed reconcile opened the backup client's circuit breaker (30 s cool-down, doubling):
        // forgetting the pooled client stands in for waiting that out, as the clock does for the watcher.
        routers.forget(backup);
        watchAt(down.plus(AFTER).plusSeconds(30));

        assertThat(store.owed()).noneMatch(o -> o.nasId() == backup);
        assertThat(secret(backupRouter, "ana-" + tag)).isPresent();
    }

    @Test
    void twoWatchersRacingStartAndEndEachFailoverOnce() throws Exception {
        pair(null);
        // a second node: its own Failover over the same database and routers
        Failover otherNode = new Failover(store, nasStore, reconciler, routers, locks, audit, tx, publisher, AFTER, SETTLE);
        Instant down = goesDown();

        // while one node holds the primary's lock, the other leaves the primary alone
        AdvisoryLocks.tryRun(locks, AdvisoryLocks.of(AdvisoryLocks.Space.FAILOVER, primary),
                () -> SystemIdentity.call("failover", () -> otherNode.watch(down.plus(AFTER))));
        assertThat(store.active(primary)).as("the lock holder decides").isEmpty();

        race(failover, otherNode, down.plus(AFTER));

        assertThat(store.active(primary)).isPresent();
        assertThat(audited("network.failover.started")).hasSize(1);
        assertThat(secret(backupRouter, "ana-" + tag)).isPresent();

        Instant back = comesBack();
        race(failover, otherNode, back.plus(SETTLE));

        assertThat(store.active(primary)).isEmpty();
        assertThat(audited("network.failover.ended")).hasSize(1);
        assertThat(secret(primaryRouter, "ana-" + tag)).isPresent();
        assertThat(secret(backupRouter, "ana-" + tag)).isEmpty();
        assertThat(store.start(primary, backup, Instant.now(), "x", "test", true)).isTrue();
        assertThat(store.start(primary, backup, Instant.now(), "y", "test", true)).as("the insert decides").isFalse();
    }

    /** Both nodes check at the same moment, released together. */
    private static void race(Failover one, Failover two, Instant at) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Failover.Check>> checks = new ArrayList<>();
            for (Failover node : List.of(one, two)) {
                Callable<Failover.Check> check = () -> {
                    go.await();
                    return SystemIdentity.call("failover", () -> node.watch(at));
                };
                checks.add(pool.submit(check));
            }
            go.countDown();
            for (Future<Failover.Check> check : checks) {
                check.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void watchAt(Instant at) {
        SystemIdentity.call("failover", () -> failover.watch(at));
    }

    /** Closes the primary's simulator and lets the prober record it; returns when it was recorded down. */
    private Instant goesDown() throws InterruptedException {
        shutDown(primaryRouter);
        assertThat(registry.testConnection(primary).status()).isEqualTo(NasStatus.UNREACHABLE);
        return registry.statusHistory(primary, 1).get(0).changedAt();
    }

    /** Switches the simulated router off: from now on its port refuses connections. */
    private static void shutDown(SimulatedRouter router) {
        router.close();
    }

    /** A fresh simulator on the primary's port (a router that rebooted with nothing of Arus's on it). */
    private Instant comesBack() {
        primaryRouter = simulator(primaryRouter.port());
        assertThat(registry.testConnection(primary).status()).isEqualTo(NasStatus.ONLINE);
        return registry.statusHistory(primary, 1).get(0).changedAt();
    }

    private SimulatedRouter simulator(int port) {
        try {
            SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V7_20).port(port).tlsPort(-1)
                    .dialInDelay(Duration.ofMillis(50)).start();
            simulators.add(router);
            return router;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long register(String name, SimulatedRouter router, NasRole role, Long backupOf, Integer capacity) {
        long id = registry.create(new NasForm(name, "127.0.0.1", router.port(), false, router.username(), router.password(),
                "site-" + tag, null, role, backupOf, capacity, null)).id();
        nas.add(id);
        return id;
    }

    /** "actor before after" of each audit entry of the action about this test's primary. */
    private List<String> audited(String action) {
        return jdbc.sql("""
                select actor || ' ' || coalesce(before_value, '') || ' ' || coalesce(after_value, '') from audit_entry
                where action = ? and subject = ? order by id""")
                .param(action).param("nas:Primary " + tag).query(String.class).list();
    }

    static Optional<Map<String, String>> secret(SimulatedRouter router, String name) {
        return router.print("/ppp/secret").stream().filter(r -> name.equals(r.get("name"))).findFirst();
    }
}
