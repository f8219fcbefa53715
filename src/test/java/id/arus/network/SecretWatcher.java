package id.arus.network;

import id.arus.sim.routeros.SimulatedRouter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a simulated router's PPP secrets every 10 ms for a benchmark and notes when each secret first appeared
 * and when a watched secret first had the profile it waits for; the figures are that coarse. Close it to stop.
 */
public final class SecretWatcher implements AutoCloseable {

    private final Map<String, Long> appeared = new ConcurrentHashMap<>();
    private final Map<String, String> awaitedProfile = new ConcurrentHashMap<>();
    private final Map<String, Long> reached = new ConcurrentHashMap<>();
    private final Thread thread;

    public SecretWatcher(SimulatedRouter router) {
        thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                for (Map<String, String> secret : router.print("/ppp/secret")) {
                    String name = secret.get("name");
                    appeared.putIfAbsent(name, now);
                    if (awaitedProfile.containsKey(name) && awaitedProfile.get(name).equals(secret.get("profile"))) {
                        reached.putIfAbsent(name, now);
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-router-watcher");
        thread.start();
    }

    /** From now on, notes when the secret first has this profile. */
    public void await(String secret, String profile) {
        awaitedProfile.put(secret, profile);
    }

    /** {@link System#nanoTime()} when the secret was first seen. */
    public Optional<Long> appeared(String secret) {
        return Optional.ofNullable(appeared.get(secret));
    }

    /** {@link System#nanoTime()} when the secret first had the profile {@link #await} asked for. */
    public Optional<Long> reached(String secret) {
        return Optional.ofNullable(reached.get(secret));
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
