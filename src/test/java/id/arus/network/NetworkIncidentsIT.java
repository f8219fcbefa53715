package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.network.NetworkIncident.Kind;
import id.arus.network.NetworkIncident.Status;
import id.arus.network.internal.ReconcileIncidentStore;
import id.arus.network.internal.ReconcileRunner;
import id.arus.shared.InvalidInputException;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic reconciles and the incidents they open, against simulated routers: a change of desired state
 * reaches the router by itself, an unreachable router is retried and then becomes one incident, a refused
 * login becomes one at once, and a later success or staff action resolves it. The test profile waits
 * 300 ms to coalesce and retries 3 times, 200 ms then 400 ms apart.
 */
@ArusIT
class NetworkIncidentsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    NasManagement registry;
    @Autowired
    DesiredState desired;
    @Autowired
    NetworkIncidents incidents;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReconcileIncidentStore incidentStore;
    @Autowired
    ReconcileRunner runner;
    static final TestRouters simulators = new TestRouters();

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    @BeforeEach
    void signInAsNoc() {
        NetworkTestSupport.signIn("incident-noc", "NOC");
        runner.automatic(true);
    }

    @AfterEach
    void signOut() {
        runner.automatic(false);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBurstOfChangesReachesTheRouterInOneReconcile() throws InterruptedException {
        SimulatedRouter router = simulators.get(RouterOsVersion.V7_16);
        Nas nas = register("Auto", router.port(), router.password());

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (int i = 1; i <= 3; i++) {
                desired.putPppSecret(nas.id(), new PppUser("auto" + i + "-" + tag, "rahasia-" + i, "default", "pppoe", null, false, null));
            }
        });

        NetworkTestSupport.await("the three secrets on the router", WAIT, () -> router.print("/ppp/secret").stream()
                .filter(s -> s.get("name").endsWith("-" + tag)).count() == 3 && pendingJob(nas.id()).isEmpty());
        assertThat(reconcilesAudited(nas)).as("one reconcile for the burst").isEqualTo(1);
        assertThat(incidents.list(new NetworkIncidentFilter(null, null, nas.name()))).isEmpty();
    }

    @Test
    void anUnreachableRouterIsRetriedThenOneIncidentThatARetryResolves() throws Exception {
        int port = freePort();
        Nas nas = register("Unreachable", port, "whatever-1");

        changed(nas.id());
        // While it waits for the next attempt, the schedule is a row: a restart picks it up from there.
        NetworkTestSupport.await("a retry scheduled in the database", WAIT, () -> pendingJob(nas.id()).filter(attempts -> attempts >= 1).isPresent());
        NetworkIncident incident = awaitOpen(nas, Kind.RECONCILE_FAILED, 3);
        assertThat(incident.attempts()).isEqualTo(3);
        assertThat(incident.lastError()).startsWith("Reconcile of " + nas.name() + " failed");
        assertThat(pendingJob(nas.id())).as("no retries after the incident").isEmpty();

        changed(nas.id());
        NetworkIncident again = awaitOpen(nas, Kind.RECONCILE_FAILED, 6);
        assertThat(again.id()).as("the same incident, not a second one").isEqualTo(incident.id());
        assertThat(incidents.list(new NetworkIncidentFilter(Status.OPEN, null, nas.name()))).hasSize(1);

        try (SimulatedRouter back = SimulatedRouter.builder(RouterOsVersion.V7_20).port(port).start()) {
            NasForm form = NasForm.of(nas);
            registry.update(nas.id(), new NasForm(form.name(), form.host(), form.apiPort(), false, back.username(),
                    back.password(), form.site(), null, NasRole.PRIMARY, null, null, null));

            NetworkIncidentRetry retry = incidents.retry(incident.id());

            assertThat(retry.succeeded()).isTrue();
            assertThat(retry.report()).isNotNull();
            assertThat(retry.incident().status()).isEqualTo(Status.RESOLVED);
            assertThat(retry.incident().resolvedBy()).isEqualTo("incident-noc");
        }
        assertThat(audited("network.incident.opened", nas)).isEqualTo(1);
        assertThat(audited("network.incident.retried", nas)).isEqualTo(1);
        assertThat(audited("network.incident.resolved", nas)).isEqualTo(1);
    }

    @Test
    void aRefusedLoginIsAnIncidentAtOnceAndALaterReconcileResolvesIt() throws InterruptedException {
        SimulatedRouter router = simulators.get(RouterOsVersion.V6_49);
        Nas nas = register("Wrong password", router.port(), "not-the-password");

        changed(nas.id());
        NetworkIncident incident = awaitOpen(nas, Kind.LOGIN_REFUSED, 1);
        assertThat(incident.attempts()).as("not retried").isEqualTo(1);
        assertThat(pendingJob(nas.id())).isEmpty();
        assertThat(incidents.list(new NetworkIncidentFilter(null, Kind.RECONCILE_FAILED, nas.name()))).isEmpty();

        NasForm form = NasForm.of(nas);
        registry.update(nas.id(), new NasForm(form.name(), form.host(), form.apiPort(), false, form.username(),
                router.password(), form.site(), null, NasRole.PRIMARY, null, null, null));
        changed(nas.id());

        NetworkTestSupport.await("the incident resolved by the automatic reconcile", WAIT, () -> incidents.get(incident.id()).status() == Status.RESOLVED);
        NetworkIncident resolved = incidents.get(incident.id());
        assertThat(resolved.resolvedBy()).isEqualTo("system:reconcile");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'network.incident.resolved' and actor = 'system:reconcile' and subject = ?")
                .param("nas:" + nas.name()).query(Long.class).single()).isOne();
    }

    @Test
    void staffResolveWithANoteAndCustomerServiceOnlyLooks() throws InterruptedException {
        SimulatedRouter router = simulators.get(RouterOsVersion.V7_20);
        Nas nas = register("Resolve by hand", router.port(), "wrong-again");
        changed(nas.id());
        NetworkIncident incident = awaitOpen(nas, Kind.LOGIN_REFUSED, 1);

        as("incident-cs", "CS", () -> {
            assertThat(incidents.list(NetworkIncidentFilter.open())).extracting(NetworkIncident::id).contains(incident.id());
            assertThat(incidents.countOpen()).isPositive();
            assertThatThrownBy(() -> incidents.retry(incident.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> incidents.resolve(incident.id(), "done")).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThatThrownBy(() -> as("incident-finance", "FINANCE", () -> incidents.countOpen()))
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> incidents.resolve(incident.id(), "  ")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("note"));
        NetworkIncident resolved = incidents.resolve(incident.id(), "Password diganti di router oleh teknisi");

        assertThat(resolved.status()).isEqualTo(Status.RESOLVED);
        assertThat(resolved.resolution()).isEqualTo("Password diganti di router oleh teknisi");
        assertThat(resolved.resolvedBy()).isEqualTo("incident-noc");
        assertThatThrownBy(() -> incidents.resolve(incident.id(), "again")).isInstanceOf(InvalidInputException.class);
        List<NetworkIncident> listed = incidents.list(new NetworkIncidentFilter(null, null, nas.name()));
        assertThat(listed).singleElement().extracting(NetworkIncident::status).isEqualTo(Status.RESOLVED);
    }

    @Test
    void commandsTheRouterRefusedAreKeptInItsOwnWordsInOneIncident() throws IOException {
        // a router of its own: the class's shared ones are each registered by another test
        try (SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V7_16).start()) {
            refusedCommands(register("Refused", router.port(), router.password()));
        }
    }

    private void refusedCommands(Nas nas) {
        // The simulator accepts every well-formed secret, so the refusal a real router gives for an unknown
        // profile is recorded here as the reconcile records it.
        ReconcileIncidentStore.Opened first = incidentStore.open(nas.id(), Kind.COMMANDS_REFUSED, 1, null,
                "The router refused 2 command(s)", List.of("/ppp/secret/add name=budi: input does not match any value of profile",
                        "/ppp/secret/add name=sari: input does not match any value of profile"));
        ReconcileIncidentStore.Opened second = incidentStore.open(nas.id(), Kind.COMMANDS_REFUSED, 1, null,
                "The router refused 1 command(s)", List.of("/ppp/secret/add name=budi: input does not match any value of profile"));

        assertThat(first.isNew()).isTrue();
        assertThat(second.isNew()).isFalse();
        NetworkIncident incident = incidents.get(first.incident().id());
        assertThat(second.incident().id()).isEqualTo(incident.id());
        assertThat(incident.attempts()).isEqualTo(2);
        assertThat(incident.lastError()).isEqualTo("The router refused 1 command(s)");
        assertThat(incident.messages()).containsExactly("/ppp/secret/add name=budi: input does not match any value of profile");

        NetworkIncidentRetry retry = incidents.retry(incident.id());
        assertThat(retry.succeeded()).as("the router takes the commands now").isTrue();
        assertThat(retry.incident().status()).isEqualTo(Status.RESOLVED);
    }

    // ---- helpers

    @Test
    void aCommandTheRouterRefusesBecomesAnIncidentInTheRoutersWords() throws Exception {
        try (SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V6_49).tlsPort(-1).start()) {
            router.execute("/ppp/profile/add", Map.of("name", "paket-10m", "rate-limit", "5M/10M"));
            Nas nas = register("Refused", router.port(), router.password());

            // a plan profile nobody created, neither on the router nor in Arus: RouterOS refuses the secret
            desired.putPppSecret(nas.id(), new PppUser("tanpa-profil-" + tag, "rahasia", "paket-99m", "pppoe", null, false, null));
            desired.putPppSecret(nas.id(), new PppUser("dengan-profil-" + tag, "rahasia", "paket-10m", "pppoe", null, false, null));

            NetworkIncident incident = awaitOpen(nas, Kind.COMMANDS_REFUSED, 1);
            assertThat(incident.messages()).singleElement().asString()
                    .contains("/ppp/secret/add", "tanpa-profil-" + tag, "input does not match any value of profile");
            assertThat(router.print("/ppp/secret")).extracting(s -> s.get("name"))
                    .as("the refused command did not stop the other").contains("dengan-profil-" + tag)
                    .doesNotContain("tanpa-profil-" + tag);
        }
    }

    @Test
    void removingARouterWhileItIsBeingReconciledWaitsForTheReconcile() throws Exception {
        try (SimulatedRouter slow = SimulatedRouter.builder(RouterOsVersion.V7_16).tlsPort(-1).start()) {
            slow.faults().latency(Duration.ofMillis(400));
            Nas nas = register("Removed", slow.port(), slow.password());
            desired.putPppSecret(nas.id(), new PppUser("leaving-" + tag, "rahasia", "default", "pppoe", null, false, null));
            NetworkTestSupport.await("the automatic reconcile talking to the router", WAIT, () -> slow.openConnections() > 0);

            registry.remove(nas.id()); // the reconcile holds its job and then writes rows that refer to the NAS

            assertThat(pendingJob(nas.id())).isEmpty();
            assertThat(reconcilesAudited(nas)).as("the reconcile finished and committed, not rolled back as a deadlock victim")
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from nas where id = ?").param(nas.id()).query(Integer.class).single()).isZero();
        }
    }

    private Nas register(String name, int port, String password) {
        return registry.create(new NasForm(name + " " + tag, "127.0.0.1", port, false, "admin", password, "Lab", null,
                NasRole.PRIMARY, null, null, null));
    }

    /** As the module that changed the desired state would: the event goes out when its transaction commits. */
    private void changed(long nasId) {
        NetworkTestSupport.publishCommitted(transactions, events, new DesiredStateChanged(nasId));
    }

    private Optional<Integer> pendingJob(long nasId) {
        return jdbc.sql("select attempts from network_reconcile_job where nas_id = ?").param(nasId).query(Integer.class).optional();
    }

    private long reconcilesAudited(Nas nas) {
        return audited("network.reconcile.applied", nas);
    }

    private long audited(String action, Nas nas) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject = ?").param(action)
                .param("nas:" + nas.name()).query(Long.class).single();
    }

    private NetworkIncident awaitOpen(Nas nas, Kind kind, int attempts) throws InterruptedException {
        Supplier<Optional<NetworkIncident>> open = () -> incidents.list(new NetworkIncidentFilter(Status.OPEN, kind, nas.name()))
                .stream().filter(i -> i.attempts() >= attempts).findFirst();
        NetworkTestSupport.await(kind + " incident with " + attempts + " attempts", WAIT, () -> open.get().isPresent());
        return open.get().orElseThrow();
    }


    private static <T> T as(String username, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        NetworkTestSupport.signIn(username, role);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }


    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
