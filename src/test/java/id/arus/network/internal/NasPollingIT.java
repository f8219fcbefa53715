package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.monitoring.NasSample;
import id.arus.monitoring.NasTelemetry;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkTestSupport;
import id.arus.network.NasStatus;
import id.arus.network.NasStatusChanged;
import id.arus.network.TestRouters;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Two pollers with distinct node ids share one database and one simulated router, as two Arus nodes on
 * one machine would: each router is polled by exactly one of them at a time, they share the routers, and
 * one takes over when the other stops cleanly (at once) or dies (when its lease expires).
 */
@ArusIT
@WithMockUser(username = "poll-noc", roles = "NOC")
class NasPollingIT {

    static final TestRouters simulators = new TestRouters();

    @Autowired
    NasManagement registry;
    @Autowired
    NasStore store;
    @Autowired
    NasPollLeases leases;
    @Autowired
    NasProber prober;
    @Autowired
    TelemetrySender sender;
    @Autowired
    SubscriberUsageSampler usage;
    @Autowired
    NasTelemetry telemetry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConfigurableApplicationContext context;

    /** Status events as any listener sees them; polls publish on the poller's threads, not the test's. */
    private final List<NasStatusChanged> published = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof NasStatusChanged changed) {
            published.add(changed);
        }
    };

    @BeforeEach
    void recordStatusEvents() {
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void stopRecording() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(recorder);
    }

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    private Nas register(String name, SimulatedRouter router) {
        return registry.create(new NasForm(name + " " + tag, "127.0.0.1", router.port(), false, router.username(),
                router.password(), "Lab", null, NasRole.PRIMARY, null, null, null));
    }

    private NasPoller poller(String node, Duration interval) {
        return new NasPoller(new NasPoller.Settings(node + "-" + tag, interval, Duration.ofSeconds(3), 4, Duration.ofMinutes(15), Duration.ofMinutes(1)),
                store, leases, prober, sender, usage);
    }

    private long usageRounds(long nasId) {
        return jdbc.queryForObject("select count(*) from subscriber_usage_round where nas_id = ?", Long.class, nasId);
    }

    /**
     * A guard against a hung round, not a speed figure: alone, a test poller polls every router the suite has
     * registered so far, and a registration whose port is held by something that accepts and never answers costs
     * the pooled login its reply timeout (30 s), as {@link #aRouterThatHangsHoldsUpOnlyItsOwnPoll} shows.
     */
    private static void round(NasPoller poller) throws Exception {
        poller.pollRound().get(2, TimeUnit.MINUTES);
    }

    @Test
    void eachRouterIsPolledByOneNodeAtATimeTheNodesShareThemAndOneTakesOverWhenTheOtherStopsOrDies() throws Exception {
        Nas nas = register("Lease", simulators.get(RouterOsVersion.V7_16));
        registry.create(new NasForm("Lease down " + tag, NetworkTestSupport.NOWHERE, NetworkTestSupport.nowherePort(), false, "admin", "whatever-1", "Lab", null,
                NasRole.PRIMARY, null, null, null)); // a second router, so there is something to share
        // a one-second interval gives three-second leases, so a dead owner is replaced quickly
        try (NasPoller a = poller("node-a", Duration.ofSeconds(1)); NasPoller b = poller("node-b", Duration.ofSeconds(1))) {
            round(a);
            assertThat(a.held()).as("alone, node a takes every router").contains(nas.id());
            assertThat(usageRounds(nas.id())).as("the online router's sessions were sampled for usage").isOne();
            for (int i = 0; i < 4; i++) {
                Map<Long, long[]> before = counts(a, b);
                // both nodes run their rounds at the same moment, as two schedulers would
                CompletableFuture.allOf(CompletableFuture.runAsync(() -> a.pollRound().join()),
                        CompletableFuture.runAsync(() -> b.pollRound().join())).get(2, TimeUnit.MINUTES);
                counts(a, b).forEach((id, after) -> assertThat(after[0] > before.get(id)[0] && after[1] > before.get(id)[1])
                        .as("NAS %d polled by both nodes in one round", id).isFalse());
            }
            assertThat(a.held()).as("the nodes share the routers").isNotEmpty();
            assertThat(b.held()).as("the nodes share the routers").isNotEmpty();
            assertThat(a.held()).doesNotContainAnyElementsOf(b.held());

            NasPoller owner = a.held().contains(nas.id()) ? a : b;
            NasPoller other = owner == a ? b : a;
            assertThat(leases.owner(nas.id())).isEqualTo(owner.node());

            // the owner dies: it stops renewing without releasing; the other takes over once the lease has expired
            long polledByOwner = owner.pollCount(nas.id());
            long polledByOther = other.pollCount(nas.id());
            int rounds = 0;
            while (!other.held().contains(nas.id()) && rounds++ < 40) {
                round(other);
                Thread.sleep(250);
            }
            assertThat(other.held()).contains(nas.id());
            assertThat(other.pollCount(nas.id())).isGreaterThan(polledByOther);
            assertThat(leases.owner(nas.id())).isEqualTo(other.node());
            // the dead node coming back finds the router taken and keeps its hands off
            round(owner);
            assertThat(owner.pollCount(nas.id())).isEqualTo(polledByOwner);
            assertThat(owner.held()).doesNotContain(nas.id());

            // the other node stops cleanly: it gives its leases back, so the first takes them on its very next round
            other.close();
            round(owner);
            assertThat(leases.owner(nas.id())).isEqualTo(owner.node());
            assertThat(owner.pollCount(nas.id())).isEqualTo(polledByOwner + 1);
        }
    }

    /** Per registered NAS, how often each of the two nodes has polled it. */
    private Map<Long, long[]> counts(NasPoller a, NasPoller b) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Nas n : registry.list()) {
            counts.put(n.id(), new long[] {a.pollCount(n.id()), b.pollCount(n.id())});
        }
        return counts;
    }

    @Test
    void statusChangesAreRecordedAndAnnouncedOnceEachAndARefusedLoginIsNotRetriedUntilTheNasIsEdited() throws Exception {
        SimulatedRouter router = simulators.get(RouterOsVersion.V6_49);
        Nas nas = register("Refusing", router);
        try (NasPoller poller = poller("node-r", Duration.ofSeconds(10))) {
            round(poller);
            round(poller);
            assertThat(changes(nas)).extracting(NasStatusChanged::current).containsExactly(NasStatus.ONLINE);
            assertThat(changes(nas).get(0).previous()).isNull();

            router.faults().refuseLogin(true);
            router.dropConnections(); // the pooled connection was logged in before; a new one must log in
            round(poller);
            round(poller);
            round(poller);

            assertThat(poller.pollCount(nas.id())).as("polls after the refusal wait for an edit").isEqualTo(3);
            List<NasStatusChanged> changes = changes(nas);
            assertThat(changes).extracting(NasStatusChanged::current).containsExactly(NasStatus.ONLINE, NasStatus.LOGIN_REFUSED);
            assertThat(changes.get(1).wentDown()).isTrue();
            assertThat(registry.statusHistory(nas.id(), 10)).extracting(c -> c.status())
                    .containsExactly(NasStatus.LOGIN_REFUSED, NasStatus.ONLINE);

            router.faults().refuseLogin(false);
            registry.update(nas.id(), NasForm.of(registry.get(nas.id())));
            round(poller);

            assertThat(poller.pollCount(nas.id())).isEqualTo(4);
            assertThat(changes(nas)).extracting(NasStatusChanged::current)
                    .containsExactly(NasStatus.ONLINE, NasStatus.LOGIN_REFUSED, NasStatus.ONLINE);
            assertThat(changes(nas).get(2).cameBack()).isTrue();
        }
    }

    @Test
    void samplesTravelThroughKafkaIntoTheTimeSeriesWithInterfaceRates() throws Exception {
        Nas nas = register("Telemetry", simulators.get(RouterOsVersion.V7_20));
        try (NasPoller poller = poller("node-t", Duration.ofSeconds(10))) {
            round(poller);
            Thread.sleep(300); // the counters move with time; a rate needs two readings apart
            round(poller);
        }
        NasSample latest = await(() -> telemetry.latest(nas.id()).filter(s -> !s.interfaces().isEmpty()));

        assertThat(latest.status()).isEqualTo("ONLINE");
        assertThat(latest.latencyMs()).isPositive();
        assertThat(latest.cpuLoad()).isNotNull();
        assertThat(latest.memoryUsedPercent()).isBetween(0.0, 100.0);
        assertThat(latest.pppSessions()).isNotNull();
        assertThat(latest.interfaces()).extracting(NasSample.InterfaceRate::name).contains("ether1");
        // ether1 of the simulator is the busy uplink: its counters move about 1-3 MB/s
        assertThat(latest.interfaces().stream().filter(i -> i.name().equals("ether1")).findFirst().orElseThrow().rxBps())
                .isPositive();

        var series = telemetry.series(nas.id(), latest.sampledAt().minusSeconds(3600), latest.sampledAt().plusSeconds(1));
        assertThat(series.raw()).isTrue();
        assertThat(series.samples()).hasSize(2);
    }

    @Test
    void aRouterThatHangsHoldsUpOnlyItsOwnPoll() throws Exception {
        // a socket that accepts connections (the kernel's backlog) but never answers: the login hangs
        try (ServerSocket hanging = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             SimulatedRouter answering = SimulatedRouter.builder(RouterOsVersion.V7_16).start()) {
            Nas stuck = registry.create(new NasForm("Hanging " + tag, "127.0.0.1", hanging.getLocalPort(), false, "admin",
                    "whatever-1", "Lab", null, NasRole.PRIMARY, null, null, null));
            Nas healthy = register("Healthy", answering);
            try (NasPoller poller = poller("node-h", Duration.ofSeconds(10))) {
                CompletableFuture<Void> round = poller.pollRound();

                for (int i = 0; i < 150 && poller.pollCount(healthy.id()) == 0; i++) {
                    Thread.sleep(100);
                }
                assertThat(poller.pollCount(healthy.id())).as("the healthy router was polled").isEqualTo(1);
                assertThat(round).as("while the hanging one is still waiting for its answer").isNotDone();

                round.get(90, TimeUnit.SECONDS);
                assertThat(registry.statusHistory(stuck.id(), 1)).extracting(c -> c.status()).containsExactly(NasStatus.UNREACHABLE);
            }
        }
    }

    private List<NasStatusChanged> changes(Nas nas) {
        return published.stream().filter(e -> e.nasId() == nas.id()).toList();
    }

    /** Waits up to 30 s for the consumer to store what the poller sent. */
    private static <T> T await(Supplier<Optional<T>> check) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            Optional<T> value = check.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the telemetry did not arrive within 30 s");
    }
}
