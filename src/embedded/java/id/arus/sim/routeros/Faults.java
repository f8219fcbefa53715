package id.arus.sim.routeros;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Faults injected into one simulated router, changeable while it runs (from a test, a benchmark or the
 * demo) so Arus's retries, timeouts, circuit breaker and error messages can be seen working. Every
 * setter returns {@code this} so a test reads as one sentence; {@link #clear()} heals the router.
 */
public final class Faults {

    private volatile long latencyMillis;
    private volatile long slowReplyMillis;
    private volatile boolean refuseLogin;
    private final AtomicInteger dropNextCommands = new AtomicInteger();
    private final AtomicInteger fatalNextCommands = new AtomicInteger();
    private final AtomicReference<String> fatalMessage = new AtomicReference<>("simulated router failure");

    /**
     * Delay added before every reply is sent, as network round-trip time. It delays, it does not
     * serialise: commands pipelined on one connection are still executed as they arrive.
     */
    public Faults latency(Duration latency) {
        this.latencyMillis = latency.toMillis();
        return this;
    }

    /**
     * A busy router: the connection's reader stalls this long per reply sentence (each {@code !re} row
     * and the final {@code !done}), so a long print takes long and later commands wait behind it.
     */
    public Faults slowReplies(Duration perSentence) {
        this.slowReplyMillis = perSentence.toMillis();
        return this;
    }

    /** Every login fails with the version's own message, as with a wrong password. */
    public Faults refuseLogin(boolean refuse) {
        this.refuseLogin = refuse;
        return this;
    }

    /** The next {@code count} commands (on any connection) close their connection without a reply. */
    public Faults dropNextCommands(int count) {
        dropNextCommands.set(count);
        return this;
    }

    /** The next {@code count} commands are answered with {@code !fatal message}, then the connection closes. */
    public Faults fatalNextCommands(int count, String message) {
        fatalMessage.set(message);
        fatalNextCommands.set(count);
        return this;
    }

    public Faults clear() {
        latencyMillis = 0;
        slowReplyMillis = 0;
        refuseLogin = false;
        dropNextCommands.set(0);
        fatalNextCommands.set(0);
        return this;
    }

    long latencyMillis() {
        return latencyMillis;
    }

    long slowReplyMillis() {
        return slowReplyMillis;
    }

    boolean refusesLogin() {
        return refuseLogin;
    }

    boolean takeDrop() {
        return takeOne(dropNextCommands);
    }

    /** The {@code !fatal} text if this command should get one, else null. */
    String takeFatal() {
        return takeOne(fatalNextCommands) ? fatalMessage.get() : null;
    }

    private static boolean takeOne(AtomicInteger counter) {
        while (true) {
            int left = counter.get();
            if (left <= 0) {
                return false;
            }
            if (counter.compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }
}
