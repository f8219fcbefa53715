package id.arus.network;

import static id.arus.network.TestRouters.activeSession;
import static id.arus.network.TestRouters.awaitSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The network API through routes/mikrotik/ppp.camel.yaml and Arus's client, against each simulated RouterOS. */
@ArusIT
@WithMockUser(username = "gateway-noc", roles = "NOC")
class NetworkGatewayIT {

    @Autowired
    NetworkGateway network;
    @Autowired
    NasManagement registry;
    static final TestRouters simulators = new TestRouters();

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    /** One NAS per simulated router for the whole class: an endpoint is registered once. */
    private static final java.util.Map<Integer, Long> NAS_BY_PORT = new java.util.concurrent.ConcurrentHashMap<>();

    private long nasFor(SimulatedRouter router) {
        return NAS_BY_PORT.computeIfAbsent(router.port(), port -> registry.create(new NasForm("Gateway " + router.version()
                + " " + tag, "127.0.0.1", port, false, router.username(), router.password(), null, null, NasRole.PRIMARY,
                null, null, null)).id());
    }

    @ParameterizedTest
    @EnumSource(RouterOsVersion.class)
    void createsChangesAndDeletesAUserAndItsSessionEndsWhenItMust(RouterOsVersion version) throws Exception {
        SimulatedRouter router = simulators.get(version);
        long nas = nasFor(router);
        String name = "budi-" + tag;
        String password = "sandi \"rahasia\" = 1 ü";

        network.createUser(nas, new PppUser(name, password, "paket-10m", "pppoe", null, false, "arus:SUB-1"));
        assertThat(network.listUsers(nas)).filteredOn(u -> u.name().equals(name)).singleElement().satisfies(u -> {
            assertThat(u.password()).isEqualTo(password);
            assertThat(u.profile()).isEqualTo("paket-10m");
            assertThat(u.comment()).isEqualTo("arus:SUB-1");
        });
        awaitSession(router, name, true);

        network.updateUser(nas, name, new PppUser(name, null, "paket-20m", "pppoe", null, false, "arus:SUB-1"));
        assertThat(network.listUsers(nas)).filteredOn(u -> u.name().equals(name)).singleElement()
                .satisfies(u -> assertThat(u.password()).as("kept").isEqualTo(password));
        assertThat(activeSession(router, name)).as("kicked by the profile change").isFalse();

        network.deleteUser(nas, name);
        assertThat(network.listUsers(nas)).noneMatch(u -> u.name().equals(name));
    }

    @ParameterizedTest
    @EnumSource(value = RouterOsVersion.class, names = "V7_20")
    void aRefusedCommandCarriesTheRoutersOwnMessage(RouterOsVersion version) {
        long nas = nasFor(simulators.get(version));
        network.createUser(nas, PppUser.pppoe("dup-" + tag, "x-1", "default"));

        assertThatThrownBy(() -> network.createUser(nas, PppUser.pppoe("dup-" + tag, "x-2", "default")))
                .isInstanceOfSatisfying(RouterCommandException.class, e -> {
                    assertThat(e.unreachable()).isFalse();
                    assertThat(e.getMessage()).contains("already");
                });
        assertThat(network.readTraffic(nas)).isNotEmpty().allSatisfy(i -> assertThat(i.name()).isNotBlank());
    }
}
