package id.arus.sim.routeros;

import java.io.IOException;
import java.net.BindException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo's routers: three simulated MikroTiks, one per RouterOS behaviour Arus must handle.
 *
 * <table>
 *   <caption>Demo routers (profile {@code demo}); all log in as {@code admin} / {@value #DEMO_PASSWORD}</caption>
 *   <tr><th>identity</th><th>RouterOS</th><th>API port</th><th>TLS port</th></tr>
 *   <tr><td>sim-v6</td><td>6.49.17</td><td>18728</td><td>18828</td></tr>
 *   <tr><td>sim-v7</td><td>7.16.2</td><td>18729</td><td>18829</td></tr>
 *   <tr><td>sim-v7-20</td><td>7.20.1 (answers {@code !empty})</td><td>18730</td><td>18830</td></tr>
 * </table>
 *
 * <p>In the {@code test} profile the same three start on free ports; tests look them up with
 * {@link #router(RouterOsVersion)}. Benchmarks and plain unit tests need no Spring:
 * {@link #startOnFreePorts(int, RouterOsVersion)} starts as many routers as they want.
 *
 * <p>Two Arus nodes started in the demo on one machine would both want the fixed ports; the second
 * logs that they are taken and uses the first one's routers instead of failing to start.
 */
@Component
@Profile({"demo", "test"})
public class RouterSimulators implements DisposableBean {

    /** The password of the simulated routers' {@code admin} user. */
    public static final String DEMO_PASSWORD = "sim-demo123";

    private static final Logger log = LoggerFactory.getLogger(RouterSimulators.class);

    private final List<SimulatedRouter> routers = new ArrayList<>();

    public RouterSimulators(Environment environment) throws IOException {
        boolean freePorts = environment.acceptsProfiles(Profiles.of("test"));
        int base = environment.getProperty("arus.sim.routeros.base-port", Integer.class, freePorts ? 0 : 18728);
        startDemoRouter(RouterOsVersion.V6_49, "sim-v6", base, 0);
        startDemoRouter(RouterOsVersion.V7_16, "sim-v7", base, 1);
        startDemoRouter(RouterOsVersion.V7_20, "sim-v7-20", base, 2);
    }

    private void startDemoRouter(RouterOsVersion version, String identity, int base, int offset) throws IOException {
        try {
            SimulatedRouter router = SimulatedRouter.builder(version)
                    .identity(identity)
                    .port(base == 0 ? 0 : base + offset)
                    .tlsPort(base == 0 ? 0 : base + 100 + offset)
                    .start();
            seedDemoConfiguration(router);
            routers.add(router);
        } catch (BindException e) {
            log.warn("RouterOS simulator {} not started: port {} is taken (another Arus demo on this machine?)",
                    identity, base + offset);
        }
    }

    /** What an ISP's router typically has before Arus manages it: a PPPoE pool and a couple of plans. */
    static void seedDemoConfiguration(SimulatedRouter router) {
        router.execute("/ip/pool/add", Map.of("name", "pppoe-pool", "ranges", "10.10.0.2-10.10.3.254"));
        router.execute("/ip/pool/add", Map.of("name", "hotspot-pool", "ranges", "10.5.50.2-10.5.50.254"));
        router.execute("/ppp/profile/add", Map.of("name", "paket-10m", "local-address", "10.10.0.1",
                "remote-address", "pppoe-pool", "rate-limit", "5M/10M"));
        router.execute("/ppp/profile/add", Map.of("name", "paket-20m", "local-address", "10.10.0.1",
                "remote-address", "pppoe-pool", "rate-limit", "10M/20M"));
        router.execute("/ip/address/add", Map.of("address", "10.10.0.1/22", "interface", "ether3"));
    }

    /** Starts {@code count} routers of one version on free ports (no TLS, no demo configuration). */
    public static List<SimulatedRouter> startOnFreePorts(int count, RouterOsVersion version) throws IOException {
        List<SimulatedRouter> started = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                started.add(SimulatedRouter.builder(version).identity("sim-" + (i + 1)).tlsPort(-1).start());
            }
        } catch (IOException | RuntimeException e) {
            started.forEach(SimulatedRouter::close);
            throw e;
        }
        return started;
    }

    public List<SimulatedRouter> routers() {
        return Collections.unmodifiableList(routers);
    }

    /** The running router of that version, if this node started it. */
    public Optional<SimulatedRouter> router(RouterOsVersion version) {
        return routers.stream().filter(r -> r.version() == version).findFirst();
    }

    @Override
    public void destroy() {
        routers.forEach(SimulatedRouter::close);
    }
}
