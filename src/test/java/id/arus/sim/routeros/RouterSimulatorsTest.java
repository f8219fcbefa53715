package id.arus.sim.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The Spring component, built by hand: in the test profile its three routers take free ports. */
class RouterSimulatorsTest {

    @Test
    void startsOneRouterPerBehaviourOnFreePortsInTests() throws Exception {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("test");
        RouterSimulators simulators = new RouterSimulators(environment);
        try {
            assertThat(simulators.routers()).extracting(SimulatedRouter::version)
                    .containsExactly(RouterOsVersion.V6_49, RouterOsVersion.V7_16, RouterOsVersion.V7_20);
            assertThat(simulators.routers()).extracting(SimulatedRouter::port).doesNotContain(18728, 18729, 18730);
            SimulatedRouter v720 = simulators.router(RouterOsVersion.V7_20).orElseThrow();
            assertThat(v720.password()).isEqualTo(RouterSimulators.DEMO_PASSWORD);
            assertThat(v720.tlsPort()).isPositive();
            try (RawApiSocket raw = new RawApiSocket(v720.port(), 3000)) {
                raw.login(v720);
                raw.send("/ppp/profile/print", "?name=paket-10m", "=.proplist=rate-limit,remote-address");
                assertThat(raw.readUntilDone()).containsExactly(
                        List.of("!re", "=rate-limit=5M/10M", "=remote-address=pppoe-pool"), List.of("!done"));
                raw.send("/ppp/secret/print");
                assertThat(raw.readUntilDone()).containsExactly(List.of("!empty"), List.of("!done"));
            }
        } finally {
            simulators.destroy();
        }
        assertThat(simulators.routers()).allMatch(r -> r.openConnections() == 0);
    }
}
