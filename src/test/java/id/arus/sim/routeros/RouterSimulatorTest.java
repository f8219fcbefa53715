package id.arus.sim.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.net.InetAddress;
import java.net.ConnectException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import me.legrange.mikrotik.ApiConnection;
import me.legrange.mikrotik.MikrotikApiException;
import me.legrange.mikrotik.ResultListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Drives the simulator with {@code me.legrange:mikrotik}, a RouterOS client nobody here wrote, against
 * the 6.49 and 7.16 behaviours (it hangs on 7.18+'s {@code !empty}, so 7.20 is checked with raw words).
 */
class RouterSimulatorTest {

    private SimulatedRouter router;
    private ApiConnection client;

    @AfterEach
    void stop() throws Exception {
        if (client != null && client.isConnected()) {
            client.close();
        }
        if (router != null) {
            router.close();
        }
    }

    private ApiConnection connect(RouterOsVersion version) throws Exception {
        router = SimulatedRouter.builder(version).dialInDelay(Duration.ofMillis(100)).start();
        client = ApiConnection.connect(SocketFactory.getDefault(), router.host(), router.port(), 3000);
        client.setTimeout(5000);
        client.login(router.username(), router.password());
        return client;
    }

    @ParameterizedTest
    @EnumSource(names = {"V6_49", "V7_16"})
    void logsInAndReportsVersionAndIdentity(RouterOsVersion version) throws Exception {
        connect(version);
        Map<String, String> resource = client.execute("/system/resource/print").get(0);
        assertThat(resource.get("version")).isEqualTo(version.version());
        assertThat(resource).containsKeys("uptime", "cpu-load", "free-memory", "total-memory", "board-name");
        client.execute("/system/identity/set name=pop-cibinong");
        assertThat(client.execute("/system/identity/print").get(0)).containsEntry("name", "pop-cibinong");
    }

    @ParameterizedTest
    @EnumSource(names = {"V6_49", "V7_16"})
    void addsPrintsSetsAndRemovesASecretWithAnAwkwardPassword(RouterOsVersion version) throws Exception {
        connect(version);
        // quotes of one kind, '=', spaces and non-ASCII: what broke this very client's users (#33, #66)
        String password = "pa\"ss= w\u00f6rd rahasia";
        List<Map<String, String>> added = client.execute(
                "/ppp/secret/add name=budi password='" + password + "' service=pppoe profile=default comment=\"pelanggan baru\"");
        String id = added.isEmpty() ? null : added.get(0).get("ret");
        Map<String, String> stored = router.print("/ppp/secret").get(0);
        assertThat(stored).containsEntry("name", "budi").containsEntry("password", password)
                .containsEntry("comment", "pelanggan baru").containsEntry("disabled", "false");
        if (id != null) {
            assertThat(id).isEqualTo(stored.get(".id"));
        }

        List<Map<String, String>> printed = client.execute("/ppp/secret/print where name=budi");
        assertThat(printed).hasSize(1);
        assertThat(printed.get(0).get("password")).isEqualTo(password);

        client.execute("/ppp/secret/set .id=" + stored.get(".id") + " profile=default-encryption password='baru \"2\"'");
        assertThat(router.print("/ppp/secret").get(0)).containsEntry("profile", "default-encryption").containsEntry("password", "baru \"2\"");

        client.execute("/ppp/secret/remove .id=" + stored.get(".id"));
        assertThat(router.print("/ppp/secret")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"V6_49", "V7_16"})
    void answersQueriesWithOnlyTheRequestedProperties(RouterOsVersion version) throws Exception {
        connect(version);
        client.execute("/ppp/secret/add name=a password=1 profile=default disabled=yes");
        client.execute("/ppp/secret/add name=b password=2 profile=default-encryption disabled=yes");
        client.execute("/ppp/secret/add name=c password=3 profile=default disabled=yes");

        List<Map<String, String>> rows = client.execute("/ppp/secret/print where profile=default return name,.id");
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("a", "c");
        assertThat(rows.get(0)).containsOnlyKeys("name", ".id");

        assertThat(client.execute("/ppp/secret/print where name=a or name=b return name"))
                .extracting(r -> r.get("name")).containsExactly("a", "b");
        assertThat(client.execute("/ppp/secret/print where not name=a return name"))
                .extracting(r -> r.get("name")).containsExactly("b", "c");
    }

    @ParameterizedTest
    @EnumSource(names = {"V6_49", "V7_16"})
    void showsADialledInSessionAndKicksIt(RouterOsVersion version) throws Exception {
        connect(version);
        client.execute("/ip/pool/add name=pppoe-pool ranges=10.10.0.2-10.10.0.9");
        client.execute("/ppp/profile/add name=paket-10m remote-address=pppoe-pool rate-limit=5M/10M");
        client.execute("/ppp/secret/add name=sari password=x service=pppoe profile=paket-10m");

        Map<String, String> session = awaitSession("sari");
        assertThat(session).containsEntry("address", "10.10.0.2").containsEntry("service", "pppoe");

        client.execute("/ppp/active/remove .id=" + session.get(".id"));
        assertThat(client.execute("/ppp/active/print where name=sari")).isEmpty();

        // disabling the secret keeps the client out
        client.execute("/ppp/secret/disable numbers=sari");
        assertThat(router.dialIn("sari")).isFalse();
        client.execute("/ppp/secret/enable numbers=sari");
        assertThat(awaitSession("sari")).isNotNull();
        client.execute("/ppp/secret/remove numbers=sari");
        assertThat(router.print("/ppp/active")).isEmpty();
    }

    private Map<String, String> awaitSession(String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline) {
            List<Map<String, String>> rows = client.execute("/ppp/active/print where name=" + name);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no session for " + name);
    }

    @ParameterizedTest
    @EnumSource(names = {"V6_49", "V7_16"})
    void streamsChangesUntilCancelled(RouterOsVersion version) throws Exception {
        connect(version);
        BlockingQueue<Map<String, String>> changes = new LinkedBlockingQueue<>();
        CountDownLatch ended = new CountDownLatch(1);
        String tag = client.execute("/ip/firewall/address-list/listen", new ResultListener() {
            @Override
            public void receive(Map<String, String> result) {
                changes.add(result);
            }

            @Override
            public void error(MikrotikApiException e) {
                ended.countDown();
            }

            @Override
            public void completed() {
                ended.countDown();
            }
        });
        Thread.sleep(100); // let the listen register before the change it should see
        router.execute("/ip/firewall/address-list/add", Map.of("list", "isolir", "address", "10.10.0.7"));
        Map<String, String> added = changes.poll(3, TimeUnit.SECONDS);
        assertThat(added).containsEntry("list", "isolir").containsEntry("address", "10.10.0.7");

        router.execute("/ip/firewall/address-list/remove", Map.of(".id", added.get(".id")));
        Map<String, String> removed = changes.poll(3, TimeUnit.SECONDS);
        assertThat(removed).containsEntry(".id", added.get(".id")).containsEntry(".dead", "yes");

        client.cancel(tag);
        assertThat(ended.await(3, TimeUnit.SECONDS)).as("listen ended after /cancel").isTrue();
        router.execute("/ip/firewall/address-list/add", Map.of("list", "isolir", "address", "10.10.0.8"));
        assertThat(changes.poll(300, TimeUnit.MILLISECONDS)).as("nothing streams after cancel").isNull();
    }

    @ParameterizedTest
    @EnumSource(names = {"V6_49", "V7_16"})
    void trapsADuplicateName(RouterOsVersion version) throws Exception {
        connect(version);
        client.execute("/ppp/secret/add name=eko password=x");
        assertThatThrownBy(() -> client.execute("/ppp/secret/add name=eko password=y"))
                .isInstanceOf(MikrotikApiException.class)
                .hasMessageContaining("failure: secret with the same name already exists");
        assertThatThrownBy(() -> client.execute("/ppp/secret/frobnicate"))
                .isInstanceOf(MikrotikApiException.class).hasMessageContaining("no such command");
        assertThat(client.execute("/ppp/secret/print")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(names = {"V6_49", "V7_16"})
    void refusesAWrongPasswordAndAnInjectedRefusal(RouterOsVersion version) throws Exception {
        router = SimulatedRouter.builder(version).tlsPort(-1).start();
        client = ApiConnection.connect(SocketFactory.getDefault(), router.host(), router.port(), 3000);
        client.setTimeout(3000);
        assertThatThrownBy(() -> client.login("admin", "salah"))
                .isInstanceOf(MikrotikApiException.class).hasMessageContaining(version.loginFailureMessage());
        router.faults().refuseLogin(true);
        assertThatThrownBy(() -> client.login(router.username(), router.password())).isInstanceOf(MikrotikApiException.class);
        router.faults().clear();
        client.login(router.username(), router.password());
        assertThat(client.execute("/system/identity/print")).hasSize(1);
    }

    @Test
    void acceptsThePre643ChallengeLogin() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V6_49).legacyLogin(true).credentials("admin", "lama-123").start();
        client = ApiConnection.connect(SocketFactory.getDefault(), router.host(), router.port(), 3000);
        client.setTimeout(3000);
        client.login("admin", "lama-123");
        assertThat(client.execute("/system/resource/print").get(0)).containsEntry("version", "6.49.17 (long-term)");
    }

    @Test
    void servesTheApiOverTlsWithItsOwnCertificate() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_16).start();
        client = ApiConnection.connect(router.trustingSocketFactory(), router.host(), router.tlsPort(), 3000);
        client.setTimeout(3000);
        client.login(router.username(), router.password());
        assertThat(client.execute("/interface/print return name")).extracting(r -> r.get("name")).contains("ether1");
    }

    // ------------------------------------------------------------------ raw words

    @Test
    void answersAnEmptyPrintWithEmptyThenDoneOn720Only() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_20).tlsPort(-1).start();
        try (RawApiSocket raw = new RawApiSocket(router.port(), 3000)) {
            raw.login(router);
            raw.send("/ppp/secret/print", "?name=nobody", ".tag=5");
            assertThat(raw.readUntilDone()).containsExactly(List.of("!empty", ".tag=5"), List.of("!done", ".tag=5"));
            raw.send("/ppp/secret/print", "=count-only=", ".tag=6");
            assertThat(raw.readUntilDone()).containsExactly(List.of("!done", ".tag=6", "=ret=0"));
        }
        router.close();
        router = SimulatedRouter.builder(RouterOsVersion.V7_16).tlsPort(-1).start();
        try (RawApiSocket raw = new RawApiSocket(router.port(), 3000)) {
            raw.login(router);
            raw.send("/ppp/secret/print", "?name=nobody");
            assertThat(raw.readUntilDone()).containsExactly(List.of("!done"));
        }
    }

    @Test
    void refusesCommandsBeforeLoginWithFatal() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_20).tlsPort(-1).start();
        try (RawApiSocket raw = new RawApiSocket(router.port(), 3000)) {
            raw.send("/ppp/secret/print");
            assertThat(raw.read()).containsExactly("!fatal", "not logged in");
            assertThat(raw.read()).isNull();
        }
    }

    @Test
    void trapsWithCategories() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_20).tlsPort(-1).start();
        try (RawApiSocket raw = new RawApiSocket(router.port(), 3000)) {
            raw.login(router);
            raw.send("/nothing/here/print", ".tag=a");
            assertThat(raw.readUntilDone()).containsExactly(
                    List.of("!trap", ".tag=a", "=category=0", "=message=no such command prefix"), List.of("!done", ".tag=a"));
            raw.send("/ppp/secret/remove", "=.id=*99", ".tag=b");
            assertThat(raw.readUntilDone().get(0)).containsExactly("!trap", ".tag=b", "=category=0", "=message=no such item");
            raw.send("/ip/firewall/address-list/add", "=list=isolir", "=address=10.0.0.1");
            raw.readUntilDone();
            raw.send("/ip/firewall/address-list/add", "=list=isolir", "=address=10.0.0.1");
            assertThat(raw.readUntilDone().get(0)).containsExactly("!trap", "=message=failure: already have such entry");
            // a user must name a profile the router has, on add and on set
            raw.send("/ppp/secret/add", "=name=budi", "=password=x", "=profile=paket-99m", ".tag=c");
            assertThat(raw.readUntilDone().get(0)).containsExactly("!trap", ".tag=c", "=category=1",
                    "=message=input does not match any value of profile");
            raw.send("/ip/hotspot/user/add", "=name=tamu", "=profile=default");
            raw.readUntilDone();
            raw.send("/ip/hotspot/user/set", "=numbers=tamu", "=profile=voucher-9d", ".tag=d");
            assertThat(raw.readUntilDone().get(0)).containsExactly("!trap", ".tag=d", "=category=1",
                    "=message=input does not match any value of profile");
        }
    }

    @Test
    void cancelsAListenWithInterruptedThenDone() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_20).tlsPort(-1).start();
        try (RawApiSocket raw = new RawApiSocket(router.port(), 3000)) {
            raw.login(router);
            raw.send("/queue/simple/listen", ".tag=l");
            raw.send("/queue/simple/add", "=target=10.10.0.5/32", "=max-limit=5M/10M", ".tag=q");
            // the stream's row and the add's reply both arrive, each with its own tag
            List<String> first = raw.read();
            List<String> second = raw.read();
            assertThat(List.of(first.get(1), second.get(1))).containsExactlyInAnyOrder(".tag=l", ".tag=q");
            raw.send("/cancel", "=tag=l", ".tag=c");
            assertThat(raw.read()).containsExactly("!trap", ".tag=l", "=category=2", "=message=interrupted");
            assertThat(raw.read()).containsExactly("!done", ".tag=l");
            assertThat(raw.read()).containsExactly("!done", ".tag=c");
        }
    }

    @Test
    void movesInterfaceCountersAndSavesBackups() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_20).tlsPort(-1).start();
        try (RawApiSocket raw = new RawApiSocket(router.port(), 3000)) {
            raw.login(router);
            raw.send("/interface/print", "?name=ether1", "=.proplist=rx-byte");
            long before = Long.parseLong(raw.readUntilDone().get(0).get(1).substring("=rx-byte=".length()));
            Thread.sleep(100);
            raw.send("/interface/print", "?name=ether1", "=.proplist=rx-byte");
            long after = Long.parseLong(raw.readUntilDone().get(0).get(1).substring("=rx-byte=".length()));
            assertThat(after).isGreaterThan(before);

            raw.send("/system/backup/save", "=name=harian-2026-11-30");
            assertThat(raw.readUntilDone()).containsExactly(List.of("!done"));
            raw.send("/file/print", "?type=backup", "=.proplist=name");
            assertThat(raw.readUntilDone().get(0)).containsExactly("!re", "=name=harian-2026-11-30.backup");
        }
    }

    // ------------------------------------------------------------------ faults

    @Test
    void delaysRepliesButKeepsPipelinedCommandsPipelined() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_16).tlsPort(-1).start();
        try (RawApiSocket raw = new RawApiSocket(router.port(), 5000)) {
            raw.login(router);
            router.faults().latency(Duration.ofSeconds(1));
            for (int i = 0; i < 10; i++) {
                raw.send("/ppp/secret/add", "=name=u" + i, "=password=p", "=disabled=yes", ".tag=" + i);
            }
            assertThat(raw.read()).startsWith("!done", ".tag=0");
            // the first reply was held back by the latency, yet all ten commands had already run:
            // latency delays the answers, it does not serialise the commands behind them
            assertThat(router.print("/ppp/secret")).hasSize(10);
            for (int i = 1; i < 10; i++) {
                assertThat(raw.read()).startsWith("!done", ".tag=" + i);
            }
        }
    }

    @Test
    void dropsTheConnectionWhenTold() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_16).tlsPort(-1).start();
        try (RawApiSocket raw = new RawApiSocket(router.port(), 3000)) {
            raw.login(router);
            router.faults().dropNextCommands(1);
            raw.send("/system/resource/print");
            assertThat(raw.read()).isNull();
        }
        try (RawApiSocket raw = new RawApiSocket(router.port(), 3000)) {
            raw.login(router);
            router.dropConnections();
            assertThat(raw.read()).isNull();
        }
    }

    @Test
    void neverListensOnAPortAnEarlierSimulatorHad() throws Exception {
        Set<Integer> seen = new HashSet<>();
        for (int round = 0; round < 20; round++) {
            try (SimulatedRouter next = SimulatedRouter.builder(RouterOsVersion.V7_16).start()) {
                assertThat(seen.add(next.port())).as("plain port %d reused", next.port()).isTrue();
                assertThat(seen.add(next.tlsPort())).as("TLS port %d reused", next.tlsPort()).isTrue();
            }
        }
    }

    @Test
    void refusesEveryConnectionOnceClosed() throws Exception {
        for (int round = 0; round < 20; round++) {
            SimulatedRouter closing = SimulatedRouter.builder(RouterOsVersion.V7_16).tlsPort(-1).start();
            int port = closing.port();
            try (RawApiSocket raw = new RawApiSocket(port, 3000)) {
                raw.login(closing);
            }
            closing.close();
            assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                    .as("round %d: a closed router accepts nobody", round)
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void sendsFatalAndCloses() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_16).tlsPort(-1).start();
        try (RawApiSocket raw = new RawApiSocket(router.port(), 3000)) {
            raw.login(router);
            router.faults().fatalNextCommands(1, "out of memory");
            raw.send("/system/resource/print");
            assertThat(raw.read()).containsExactly("!fatal", "out of memory");
            assertThat(raw.read()).isNull();
        }
        // the router closes its side after the sentence; our read saw the close, its bookkeeping follows
        awaitNoOpenConnections();
    }

    @Test
    void slowsEveryReplySentence() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_16).tlsPort(-1).start();
        try (RawApiSocket raw = new RawApiSocket(router.port(), 5000)) {
            raw.login(router);
            router.faults().slowReplies(Duration.ofMillis(100));
            long start = System.nanoTime();
            raw.send("/interface/print"); // five rows and !done
            assertThat(raw.readUntilDone()).hasSize(6);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(550L);
        }
    }

    @Test
    void startsManyRoutersOnFreePorts() throws Exception {
        List<SimulatedRouter> fleet = RouterSimulators.startOnFreePorts(5, RouterOsVersion.V7_16);
        try {
            assertThat(fleet).extracting(SimulatedRouter::port).doesNotHaveDuplicates().allMatch(p -> p > 0);
            try (RawApiSocket raw = new RawApiSocket(fleet.get(4).port(), 3000)) {
                raw.login(fleet.get(4));
                raw.send("/system/identity/print");
                assertThat(raw.readUntilDone().get(0)).containsExactly("!re", "=name=sim-5");
            }
        } finally {
            fleet.forEach(SimulatedRouter::close);
        }
    }

    /** Polls the router's connection count for at most five seconds. */
    private void awaitNoOpenConnections() throws InterruptedException {
        for (int i = 0; i < 100 && router.openConnections() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(router.openConnections()).isZero();
    }

}
