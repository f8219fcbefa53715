package id.arus.network.routeros;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A circuit breaker for one router's connection attempts. After {@code threshold} consecutive failures
 * it opens: callers get {@link CircuitOpenException} at once instead of each waiting out a connect
 * timeout, so a dead router costs nothing to the threads that also serve healthy ones. After the
 * cool-down it lets one trial connection through (half-open); success closes it, failure opens it again
 * with the cool-down doubled (up to eight times the base), which is the reconnect backoff across calls.
 *
 * <p>Only connection failures count: a {@code !trap} means the router is up and talking.
 */
public final class CircuitBreaker {

    /** Breaker states. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long baseCoolDown;
    private final long maxCoolDown;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int failures;
    private long openedAt;
    private long coolDown;
    private boolean trialRunning;
    private String lastFailure = "";

    public CircuitBreaker(int threshold, Duration coolDown) {
        this(threshold, coolDown, System::nanoTime);
    }

    /** With an explicit clock (nanoseconds), for tests. */
    public CircuitBreaker(int threshold, Duration coolDown, LongSupplier nanoClock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be >= 1");
        }
        this.threshold = threshold;
        this.baseCoolDown = coolDown.toNanos();
        this.maxCoolDown = Math.multiplyExact(baseCoolDown, 8);
        this.coolDown = baseCoolDown;
        this.nanoClock = nanoClock;
    }

    /**
     * Lets a connection attempt through or throws {@link CircuitOpenException}.
     *
     * @param router the router's name, for the message
     */
    public synchronized void acquirePermission(String router) {
        switch (state) {
            case CLOSED -> {
                return;
            }
            case OPEN -> {
                long waited = nanoClock.getAsLong() - openedAt;
                if (waited >= coolDown) {
                    state = State.HALF_OPEN;
                    trialRunning = true;
                    return;
                }
                throw new CircuitOpenException(router + " failed " + failures
                        + " connection attempts in a row (last: " + lastFailure + "); next try in "
                        + Duration.ofNanos(coolDown - waited).toMillis() + " ms");
            }
            case HALF_OPEN -> {
                if (trialRunning) {
                    throw new CircuitOpenException(router + " is being tried again after " + failures
                            + " failed connection attempts (last: " + lastFailure + ")");
                }
                trialRunning = true;
            }
        }
    }

    /** A connection (and login) succeeded. */
    public synchronized void onSuccess() {
        state = State.CLOSED;
        failures = 0;
        coolDown = baseCoolDown;
        trialRunning = false;
    }

    /** A connection attempt failed; {@code reason} is kept for the fail-fast message. */
    public synchronized void onFailure(String reason) {
        failures++;
        lastFailure = reason;
        trialRunning = false;
        if (state == State.HALF_OPEN) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
            coolDown = Math.min(coolDown * 2, maxCoolDown);
        } else if (state == State.CLOSED && failures >= threshold) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
        }
    }

    public synchronized State state() {
        return state;
    }

    /** Consecutive failures since the last success. */
    public synchronized int failures() {
        return failures;
    }
}
