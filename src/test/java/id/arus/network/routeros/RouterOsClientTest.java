package id.arus.network.routeros;

import static id.arus.network.routeros.ScriptedRouter.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-router pool: reconnects, backoff, the circuit breaker, isolation between routers. */
class RouterOsClientTest {

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    private ScriptedRouter router() throws Exception {
        ScriptedRouter router = ScriptedRouter.start("admin", "rahasia");
        toClose.add(router);
        return router;
    }

    private RouterOsClient client(RouterOsConfig config) {
        RouterOsClient client = new RouterOsClient(config);
        toClose.add(client);
        return client;
    }

    private static int deadPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void reconnectsAfterTheRouterDropsTheConnection() throws Exception {
        ScriptedRouter router = router();
        RouterOsClient client = client(router.config().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertThat(client.print(Command.of("/system/identity/print"))).isEmpty();
        assertThat(client.openConnections()).isEqualTo(1);

        router.dropAll();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (client.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(client.openConnections()).isZero();
        assertThat(client.print(Command.of("/system/identity/print"))).isEmpty();
        assertThat(router.accepted.get()).isEqualTo(2);
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theCircuitOpensForADeadRouterAndThenFailsFast() throws Exception {
        RouterOsConfig dead = RouterOsConfig.of("127.0.0.1", deadPort(), "admin", "rahasia")
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1))
                .withRetry(2, Duration.ofMillis(20), Duration.ofMillis(100))
                .withCircuitBreaker(3, Duration.ofMillis(400));
        RouterOsClient client = client(dead);

        // Two attempts with backoff, then two more (the breaker opens on the third failure).
        assertThatThrownBy(() -> client.execute(Command.of("/x")))
                .isInstanceOf(RouterUnreachableException.class)
                .isNotInstanceOf(CircuitOpenException.class)
                .hasMessageNotContaining("rahasia");
        assertThatThrownBy(() -> client.execute(Command.of("/x"))).isInstanceOf(CircuitOpenException.class);
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> client.execute(Command.of("/x"))).isInstanceOf(CircuitOpenException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));

        // After the cool-down one trial goes to the network again (and fails: the port is still dead).
        Thread.sleep(450);
        assertThatThrownBy(() -> client.execute(Command.of("/x")))
                .isInstanceOf(RouterUnreachableException.class)
                .hasMessageContaining("cannot connect");
    }

    @Test
    void aRefusedLoginIsNotRetriedAndDoesNotOpenTheCircuit() throws Exception {
        ScriptedRouter router = router();
        router.login = ScriptedRouter.Login.REFUSE;
        RouterOsClient client = client(router.config().withRetry(3, Duration.ofMillis(10), Duration.ofMillis(10))
                .withCircuitBreaker(1, Duration.ofSeconds(30)));

        assertThatThrownBy(() -> client.execute(Command.of("/x"))).isInstanceOf(LoginRefusedException.class);
        assertThatThrownBy(() -> client.execute(Command.of("/x"))).isInstanceOf(LoginRefusedException.class);

        assertThat(router.logins).hasSize(2);
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aHungRouterDoesNotStallWorkForTheOthers() throws Exception {
        ScriptedRouter hung = router();
        hung.login = ScriptedRouter.Login.SILENT;
        ScriptedRouter healthy = router();
        RouterOsClients clients = new RouterOsClients();
        toClose.add(clients);
        clients.register("nas-hung", hung.config().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)));
        clients.register("nas-ok", healthy.config());

        CompletableFuture<RouterOsReply> stuck = CompletableFuture.supplyAsync(
                () -> clients.client("nas-hung").execute(Command.of("/x")));
        Thread.sleep(100);
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            clients.client("nas-ok").execute(Command.of("/system/identity/print"));
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(stuck).isNotDone();
        assertThatThrownBy(() -> stuck.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(RouterOsTimeoutException.class);
    }

    @Test
    void spreadsABusyRouterOverAtMostMaxConnections() throws Exception {
        ScriptedRouter router = router();
        List<Sentence> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        router.script = (peer, s) -> held.add(s); // never answers: every command stays in flight
        RouterOsClient client = client(router.config().withMaxConnections(3)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5)));

        List<CompletableFuture<RouterOsReply>> inFlight = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inFlight.add(client.sendAsync(Command.of("/slow")));
        }

        assertThat(router.accepted.get()).isEqualTo(3);
        assertThat(client.openConnections()).isEqualTo(3);
        client.close();
        assertThat(CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)))
                .failsWithin(Duration.ofSeconds(2));
    }

    @Test
    void backsOffExponentiallyWithJitterUpToTheCap() {
        RouterOsClient client = client(RouterOsConfig.of("127.0.0.1", 8728, "a", "b")
                .withRetry(5, Duration.ofMillis(100), Duration.ofMillis(1000)));

        for (int i = 0; i < 20; i++) {
            assertThat(client.backoff(1)).isBetween(80L, 100L);
            assertThat(client.backoff(2)).isBetween(160L, 200L);
            assertThat(client.backoff(3)).isBetween(320L, 400L);
            assertThat(client.backoff(5)).isBetween(800L, 1000L);
            assertThat(client.backoff(40)).isBetween(800L, 1000L);
        }
    }

    @Test
    void theRegistryKeepsOneClientPerRouterAndReplacesItWhenTheConfigChanges() throws Exception {
        ScriptedRouter router = router();
        router.script = (peer, s) -> peer.send(reply("!done", s.tag(), "=ret=ok"));
        try (RouterOsClients clients = new RouterOsClients()) {
            RouterOsClient first = clients.register("nas-1", router.config());
            assertThat(clients.register("nas-1", router.config())).isSameAs(first);
            assertThat(first.execute(Command.of("/x")).ret()).isEqualTo("ok");

            RouterOsClient second = clients.register("nas-1", router.config().withMaxConnections(4));
            assertThat(second).isNotSameAs(first);
            assertThat(first.openConnections()).isZero();
            assertThat(clients.client("nas-1")).isSameAs(second);

            clients.remove("nas-1");
            assertThat(clients.find("nas-1")).isEmpty();
            assertThatThrownBy(() -> clients.client("nas-1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nas-1");
        }
    }
}
