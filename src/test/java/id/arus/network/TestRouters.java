package id.arus.network;

import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Simulated routers of one test class, one per RouterOS version on free ports, so each class registers
 * its own NAS endpoints (one endpoint can be registered once) and leaves no state for the next class.
 * Each has the hand-made plan profiles {@code paket-10m} and {@code paket-20m}.
 */
public final class TestRouters implements AutoCloseable {

    private final Map<RouterOsVersion, SimulatedRouter> routers = new EnumMap<>(RouterOsVersion.class);

    public synchronized SimulatedRouter get(RouterOsVersion version) {
        return routers.computeIfAbsent(version, v -> {
            try {
                SimulatedRouter router = SimulatedRouter.builder(v).dialInDelay(Duration.ofMillis(50)).start();
                // plan profiles an engineer made by hand, as on most ISP routers; RouterOS refuses a user
                // that names a profile the router does not have
                router.execute("/ppp/profile/add", Map.of("name", "paket-10m", "rate-limit", "5M/10M"));
                router.execute("/ppp/profile/add", Map.of("name", "paket-20m", "rate-limit", "10M/20M"));
                return router;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public synchronized void close() {
        routers.values().forEach(SimulatedRouter::close);
        routers.clear();
    }

    /** Whether the router has a live PPP session of the user now. */
    public static boolean activeSession(SimulatedRouter router, String name) {
        return router.print("/ppp/active").stream().anyMatch(row -> name.equals(row.get("name")));
    }

    /** Waits up to 5 s for the user's session to appear (the simulator dials in shortly after an add) or go. */
    public static void awaitSession(SimulatedRouter router, String name, boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (activeSession(router, name) != present) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("session " + name + " did not " + (present ? "appear" : "go away"));
            }
            Thread.sleep(50);
        }
    }
}
