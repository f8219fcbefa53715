package id.arus.network.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Arus's client against the simulator, two pieces written independently from the protocol description:
 * each checks the other. (The simulator is also checked with {@code me.legrange:mikrotik}.)
 */
class RouterOsClientAgainstSimulatorTest {

    private SimulatedRouter router;
    private RouterOsClient client;

    private void start(RouterOsVersion version, boolean legacyLogin) throws Exception {
        router = SimulatedRouter.builder(version).legacyLogin(legacyLogin).dialInDelay(Duration.ofMillis(50)).start();
        client = new RouterOsClient(RouterOsConfig.of(router.host(), router.port(), router.username(), router.password())
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (router != null) {
            router.close();
        }
    }

    @ParameterizedTest
    @EnumSource(RouterOsVersion.class)
    void managesASecretWhosePasswordIsAnyByteStringAndSeesItsSessionKicked(RouterOsVersion version) throws Exception {
        start(version, false);
        String password = "kata \"sandi\" = rahasia\nbaris dua ü";

        String id = client.execute(Command.of("/ppp/secret/add").with("name", "budi@rtrw").with("password", password)
                .with("service", "pppoe").with("remote-address", "10.10.0.5").with("comment", "arus:managed")).ret();
        assertThat(id).startsWith("*");

        List<Map<String, String>> rows = client.print(Command.of("/ppp/secret/print")
                .proplist(".id", "name", "password", "comment").query("?name=budi@rtrw"));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("password", password).containsEntry("comment", "arus:managed");
            assertThat(row).doesNotContainKey("service");
        });

        awaitSession("budi@rtrw", true);
        String session = client.print(Command.of("/ppp/active/print").proplist(".id").query("?name=budi@rtrw")).get(0).get(".id");
        client.execute(Command.of("/ppp/active/remove").with(".id", session));
        client.execute(Command.of("/ppp/secret/set").with(".id", id).with("disabled", "yes"));
        awaitSession("budi@rtrw", false);
    }

    @ParameterizedTest
    @EnumSource(RouterOsVersion.class)
    void anEmptyPrintAnswersAtOnceOnEveryVersion(RouterOsVersion version) throws Exception {
        start(version, false);

        assertThat(client.print(Command.of("/ppp/secret/print").query("?name=nobody"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(RouterOsVersion.class)
    void aDuplicateIsRefusedWithTheRoutersOwnMessage(RouterOsVersion version) throws Exception {
        start(version, false);
        client.execute(Command.of("/ppp/secret/add").with("name", "dup").with("password", "x"));

        assertThatThrownBy(() -> client.execute(Command.of("/ppp/secret/add").with("name", "dup").with("password", "y")))
                .isInstanceOf(RouterOsTrapException.class).hasMessageContaining("already");
    }

    @ParameterizedTest
    @EnumSource(RouterOsVersion.class)
    void manyCommandsInFlightAtOnceAllComeBack(RouterOsVersion version) throws Exception {
        start(version, false);
        router.faults().latency(Duration.ofMillis(5));

        List<CompletableFuture<RouterOsReply>> replies = IntStream.range(0, 500)
                .mapToObj(i -> client.sendAsync(Command.of("/ppp/secret/add").with("name", "user-" + i).with("password", "p" + i)))
                .toList();
        CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).join();

        assertThat(client.print(Command.of("/ppp/secret/print").proplist("name"))).hasSize(500);
    }

    @ParameterizedTest
    @EnumSource(value = RouterOsVersion.class, names = "V6_49")
    void logsInToAnOldRouterWithTheChallenge(RouterOsVersion version) throws Exception {
        start(version, true);

        assertThat(client.print(Command.of("/system/identity/print"))).singleElement()
                .satisfies(row -> assertThat(row).containsKey("name"));
    }

    @ParameterizedTest
    @EnumSource(value = RouterOsVersion.class, names = "V7_16")
    void aRefusedLoginIsReportedAsSuch(RouterOsVersion version) throws Exception {
        start(version, false);
        router.faults().refuseLogin(true);

        assertThatThrownBy(() -> client.print(Command.of("/system/resource/print"))).isInstanceOf(LoginRefusedException.class);
    }

    private void awaitSession(String name, boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            boolean found = !client.print(Command.of("/ppp/active/print").proplist("name").query("?name=" + name)).isEmpty();
            if (found == present) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("session " + name + (present ? " never appeared" : " never went away"));
    }
}
