package id.arus.network.routeros;

import static id.arus.network.routeros.ScriptedRouter.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wire protocol against a scripted router: login, every reply type, tags, pipelining, timeouts, TLS. */
class RouterOsConnectionTest {

    private static final String ODD_PASSWORD = "p@ss \"w=rd\" 'ñ' \n!x";

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    private ScriptedRouter router(String password) throws Exception {
        ScriptedRouter router = ScriptedRouter.start("admin", password);
        toClose.add(router);
        return router;
    }

    private RouterOsConnection open(RouterOsConfig config) {
        RouterOsConnection connection = RouterOsConnection.open(config);
        toClose.add(connection);
        return connection;
    }

    private static RouterOsConfig quick(RouterOsConfig config) {
        return config.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void logsInWithThePost643MethodAndCarriesAnOddPasswordIntact() throws Exception {
        ScriptedRouter router = router(ODD_PASSWORD);

        RouterOsConnection connection = open(quick(router.config()));

        assertThat(connection.isOpen()).isTrue();
        assertThat(router.logins).hasSize(1);
        assertThat(router.logins.get(0).attributes())
                .containsEntry("name", "admin")
                .containsEntry("password", ODD_PASSWORD);
        assertThat(connection.send(Command.of("/system/identity/print")).get(2, TimeUnit.SECONDS).rows()).isEmpty();
    }

    @Test
    void fallsBackToTheMd5ChallengeOfRouterOsBefore643() throws Exception {
        ScriptedRouter router = router("lama-sekali");
        router.login = ScriptedRouter.Login.MD5;

        open(quick(router.config()));

        assertThat(router.logins).hasSize(2);
        assertThat(router.md5Verified).isTrue();
        assertThat(router.logins.get(1).attribute("response")).isEqualTo(router.expectedResponse);
        assertThat(router.logins.get(1).attributes()).doesNotContainKey("password");
    }

    @Test
    void aRefusedLoginIsItsOwnErrorAndNeverShowsThePassword() throws Exception {
        ScriptedRouter router = router("secret-123");
        RouterOsConfig wrong = RouterOsConfig.of("127.0.0.1", router.port(), "admin", "wrong-secret-456");

        assertThatThrownBy(() -> RouterOsConnection.open(quick(wrong)))
                .isInstanceOf(LoginRefusedException.class)
                .hasMessageContaining("invalid user name or password")
                .hasMessageContaining("admin")
                .hasMessageNotContaining("wrong-secret-456")
                .hasMessageNotContaining("secret-123");
        assertThat(wrong.toString()).doesNotContain("wrong-secret-456");
    }

    @Test
    void anEmptyReplyOfRouterOs718EndsThePrintPromptlyWithNoRows() throws Exception {
        ScriptedRouter router = router("x");
        router.script = (peer, s) -> {
            peer.send(reply("!empty", s.tag()));
            peer.send(reply("!done", s.tag()));
        };
        RouterOsConnection connection = open(quick(router.config()));

        long start = System.nanoTime();
        RouterOsReply result = connection.send(Command.of("/ppp/secret/print").query("?name=nobody"))
                .get(2, TimeUnit.SECONDS);

        assertThat(result.rows()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void returnsRowsAndTheRetOfDoneWithProplistAndQueriesOnTheWire() throws Exception {
        ScriptedRouter router = router("x");
        router.script = (peer, s) -> {
            if (s.type().equals("/ppp/secret/add")) {
                peer.send(reply("!done", s.tag(), "=ret=*1A"));
                return;
            }
            peer.send(reply("!re", s.tag(), "=.id=*1", "=name=budi", "=comment=a=b c"));
            peer.send(reply("!re", s.tag(), "=.id=*2", "=name=siti", "=comment="));
            peer.send(reply("!done", s.tag()));
        };
        RouterOsConnection connection = open(quick(router.config()));

        RouterOsReply rows = connection.send(Command.of("/ppp/secret/print").proplist(".id", "name", "comment")
                .query("?disabled=false")).get(2, TimeUnit.SECONDS);
        RouterOsReply added = connection.send(Command.of("/ppp/secret/add").with("name", "x")).get(2, TimeUnit.SECONDS);

        assertThat(rows.rows()).containsExactly(
                Map.of(".id", "*1", "name", "budi", "comment", "a=b c"),
                Map.of(".id", "*2", "name", "siti", "comment", ""));
        assertThat(added.ret()).isEqualTo("*1A");
        Sentence print = router.received.poll(1, TimeUnit.SECONDS);
        assertThat(print.words()).containsSubsequence("/ppp/secret/print", "=.proplist=.id,name,comment", "?disabled=false");
        assertThat(print.tag()).isNotBlank();
    }

    @Test
    void aTrapCarriesTheRoutersMessageAndCategory() throws Exception {
        ScriptedRouter router = router("x");
        router.script = (peer, s) -> {
            peer.send(reply("!trap", s.tag(), "=category=1", "=message=failure: secret with the same name already exists"));
            peer.send(reply("!done", s.tag()));
        };
        RouterOsConnection connection = open(quick(router.config()));

        assertThatThrownBy(() -> RouterOsClient.await(connection.send(Command.of("/ppp/secret/add").with("name", "budi"))))
                .isInstanceOfSatisfying(RouterOsTrapException.class, trap -> {
                    assertThat(trap.routerMessage()).isEqualTo("failure: secret with the same name already exists");
                    assertThat(trap.category()).isEqualTo(1);
                    assertThat(trap.command()).isEqualTo("/ppp/secret/add");
                });
        assertThat(connection.isOpen()).isTrue();
    }

    @Test
    void fatalClosesTheConnectionAndFailsEveryPendingCommand() throws Exception {
        ScriptedRouter router = router("x");
        router.script = (peer, s) -> {
            if (s.type().equals("/die")) {
                peer.send("!fatal", "session terminated on request");
                peer.close();
            }
        };
        RouterOsConnection connection = open(quick(router.config()));
        List<CompletableFuture<RouterOsReply>> pending = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pending.add(connection.send(Command.of("/hang")));
        }
        pending.add(connection.send(Command.of("/die")));

        for (CompletableFuture<RouterOsReply> future : pending) {
            assertThatThrownBy(() -> future.get(2, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(RouterOsFatalException.class)
                    .hasMessageContaining("session terminated on request");
        }
        assertThat(connection.isOpen()).isFalse();
        assertThatThrownBy(() -> connection.send(Command.of("/x")).get(1, TimeUnit.SECONDS))
                .cause().isInstanceOf(RouterUnreachableException.class);
    }

    @Test
    void pipelinesFiftyCommandsFromEightThreadsAndRoutesOutOfOrderRepliesByTag() throws Exception {
        ScriptedRouter router = router("x");
        List<Sentence> held = new CopyOnWriteArrayList<>();
        router.script = (peer, s) -> {
            held.add(s);
            if (held.size() == 50) {
                // Answer only once all 50 are in flight, in reverse order, rows and done interleaved.
                List<Sentence> all = new ArrayList<>(held);
                Collections.reverse(all);
                for (Sentence command : all) {
                    peer.send(reply("!re", command.tag(), "=n=" + command.attribute("n")));
                }
                Collections.shuffle(all);
                for (Sentence command : all) {
                    peer.send(reply("!done", command.tag()));
                }
            }
        };
        RouterOsConnection connection = open(quick(router.config()));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<CompletableFuture<RouterOsReply>>> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String n = Integer.toString(i);
            sent.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return connection.send(Command.of("/echo").with("n", n + " \"é=" + n + "\""));
            }, threads));
        }
        start.countDown();

        for (int i = 0; i < 50; i++) {
            RouterOsReply reply = sent.get(i).get(5, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS);
            assertThat(reply.rows()).containsExactly(Map.of("n", i + " \"é=" + i + "\""));
        }
        threads.shutdown();
        assertThat(router.accepted.get()).isEqualTo(1);
        assertThat(held.stream().map(Sentence::tag).distinct()).hasSize(50);
    }

    @Test
    void listenDeliversEveryRowUntilCancelled() throws Exception {
        ScriptedRouter router = router("x");
        router.script = (peer, s) -> {
            switch (s.type()) {
                case "/ppp/active/listen" -> {
                    for (int i = 1; i <= 3; i++) {
                        peer.send(reply("!re", s.tag(), "=.id=*" + i, "=name=user" + i));
                    }
                    peer.send(reply("!re", s.tag(), "=.id=*2", "=.dead=yes"));
                }
                case "/cancel" -> {
                    String target = s.attribute("tag");
                    peer.send(reply("!trap", target, "=category=2", "=message=interrupted"));
                    peer.send(reply("!done", target));
                    peer.send(reply("!done", s.tag()));
                }
                default -> peer.send(reply("!done", s.tag()));
            }
        };
        RouterOsConnection connection = open(quick(router.config()));
        List<Map<String, String>> rows = new CopyOnWriteArrayList<>();
        CountDownLatch fourRows = new CountDownLatch(4);

        Subscription subscription = connection.listen(Command.of("/ppp/active/listen"), row -> {
            rows.add(row);
            fourRows.countDown();
        });
        assertThat(fourRows.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(subscription.completion()).isNotDone();
        // Other commands still flow on the same connection while the listen runs.
        assertThat(connection.send(Command.of("/system/identity/print")).get(2, TimeUnit.SECONDS)).isNotNull();

        subscription.cancel().get(2, TimeUnit.SECONDS);

        assertThat(rows).hasSize(4);
        assertThat(rows.get(3)).containsEntry(".dead", "yes");
        assertThat(router.received).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo("/cancel");
            assertThat(s.attribute("tag")).isEqualTo(subscription.tag());
        });
        assertThat(connection.inFlight()).isZero();
    }

    @Test
    void aCommandWithoutDoneTimesOutAndIsCancelledOnTheRouter() throws Exception {
        ScriptedRouter router = router("x");
        router.script = (peer, s) -> {
            if (s.type().equals("/cancel")) {
                peer.send(reply("!done", s.tag()));
            } else if (!s.type().equals("/slow")) {
                peer.send(reply("!done", s.tag()));
            }
        };
        RouterOsConnection connection = open(router.config().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)));

        CompletableFuture<RouterOsReply> slow = connection.send(Command.of("/slow"));
        String slowTag = router.received.poll(2, TimeUnit.SECONDS).tag();

        assertThatThrownBy(() -> slow.get(2, TimeUnit.SECONDS))
                .cause().isInstanceOf(RouterOsTimeoutException.class).hasMessageContaining("/slow");
        Sentence cancel = router.received.poll(2, TimeUnit.SECONDS);
        assertThat(cancel.type()).isEqualTo("/cancel");
        assertThat(cancel.attribute("tag")).isEqualTo(slowTag);
        // The connection stays usable and ignores late replies to the cancelled tag.
        assertThat(connection.send(Command.of("/fast")).get(2, TimeUnit.SECONDS).rows()).isEmpty();
        assertThat(connection.isOpen()).isTrue();
    }

    @Test
    void aRouterThatStopsAnsweringEvenTheCancelIsPresumedDeadAndTheConnectionClosed() throws Exception {
        ScriptedRouter router = router("x");
        router.script = (peer, s) -> {
            if (s.type().equals("/ping")) {
                peer.send(reply("!done", s.tag()));
            }
            // everything else, /cancel included, goes unanswered: a silently dead TCP connection
        };
        RouterOsConnection connection = open(router.config().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200)));
        connection.send(Command.of("/ping")).get(2, TimeUnit.SECONDS);
        CompletableFuture<RouterOsReply> listen = connection.listen(Command.of("/log/listen"), row -> { }).completion()
                .thenApply(v -> null);

        assertThatThrownBy(() -> connection.send(Command.of("/slow")).get(2, TimeUnit.SECONDS))
                .cause().isInstanceOf(RouterOsTimeoutException.class);

        assertThat(connection.closure().get(2, TimeUnit.SECONDS))
                .isInstanceOf(RouterUnreachableException.class)
                .hasMessageContaining("stopped answering");
        assertThat(connection.isOpen()).isFalse();
        assertThatThrownBy(() -> listen.get(1, TimeUnit.SECONDS)).cause().isInstanceOf(RouterUnreachableException.class);
    }

    @Test
    void aListenTheRouterRejectsEndsWithTheTrap() throws Exception {
        ScriptedRouter router = router("x");
        router.script = (peer, s) -> {
            peer.send(reply("!trap", s.tag(), "=message=no such command prefix"));
            peer.send(reply("!done", s.tag()));
        };
        RouterOsConnection connection = open(quick(router.config()));

        Subscription subscription = connection.listen(Command.of("/nothing/listen"), row -> { });

        assertThatThrownBy(() -> subscription.completion().get(2, TimeUnit.SECONDS))
                .cause().isInstanceOf(RouterOsTrapException.class).hasMessageContaining("no such command prefix");
    }

    @Test
    void dropsRepliesForTagsNobodyWaitsForAndUntaggedNoise() throws Exception {
        ScriptedRouter router = router("x");
        router.script = (peer, s) -> {
            peer.send(reply("!re", "999", "=name=stray"));
            peer.send(reply("!done", "999"));
            peer.send("!re", "=name=untagged");
            peer.send(reply("!re", s.tag(), "=name=mine"));
            peer.send(reply("!done", s.tag()));
        };
        RouterOsConnection connection = open(quick(router.config()));

        assertThat(connection.send(Command.of("/x")).get(2, TimeUnit.SECONDS).rows())
                .containsExactly(Map.of("name", "mine"));
        assertThat(connection.isOpen()).isTrue();
    }

    @Test
    void aRouterThatAcceptsButNeverAnswersTheLoginTimesOut() throws Exception {
        ScriptedRouter router = router("x");
        router.login = ScriptedRouter.Login.SILENT;

        assertThatThrownBy(() -> RouterOsConnection.open(router.config()
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300))))
                .isInstanceOf(RouterOsTimeoutException.class)
                .hasMessageContaining("login");
    }

    @Test
    void aConnectionDroppedByTheRouterFailsPendingCommandsAsUnreachable() throws Exception {
        ScriptedRouter router = router("x");
        router.script = (peer, s) -> peer.close();
        RouterOsConnection connection = open(quick(router.config()));

        assertThatThrownBy(() -> connection.send(Command.of("/x")).get(2, TimeUnit.SECONDS))
                .cause().isInstanceOf(RouterUnreachableException.class);
        assertThat(connection.closure().get(2, TimeUnit.SECONDS)).isInstanceOf(RouterUnreachableException.class);
    }

    @Test
    void speaksTlsToARouterWithASelfSignedCertificate() throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = getClass().getResourceAsStream("router-selfsigned.p12")) {
            keyStore.load(in, "arus-test".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, "arus-test".toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), null, null);
        ScriptedRouter router = ScriptedRouter.startTls(serverContext.getServerSocketFactory(), "admin", ODD_PASSWORD);
        toClose.add(router);

        // Trust-all: encrypted, not authenticated; the usual choice for a router's own certificate.
        RouterOsConnection insecure = open(quick(router.config()).withTls(RouterOsConfig.TlsMode.INSECURE_TRUST_ALL));
        assertThat(insecure.send(Command.of("/system/resource/print")).get(2, TimeUnit.SECONDS)).isNotNull();
        assertThat(router.logins.get(0).attribute("password")).isEqualTo(ODD_PASSWORD);

        // The system trust store does not know the certificate: a clear handshake failure.
        assertThatThrownBy(() -> RouterOsConnection.open(quick(router.config()).withTls(RouterOsConfig.TlsMode.SYSTEM_TRUST)))
                .isInstanceOf(RouterUnreachableException.class)
                .hasMessageContaining("TLS handshake");

        // A trust store holding the router's certificate (pinning) works.
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trust.getTrustManagers(), null);
        RouterOsConnection pinned = open(quick(router.config()).withTlsSocketFactory(clientContext.getSocketFactory()));
        assertThat(pinned.send(Command.of("/system/resource/print")).get(2, TimeUnit.SECONDS)).isNotNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
