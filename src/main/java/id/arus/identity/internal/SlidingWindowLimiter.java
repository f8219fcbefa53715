package id.arus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within any window of the given length (a true sliding window,
 * so a burst at the edge of a fixed window cannot double the rate). Kept in memory per node: with N
 * nodes an address gets at most N times the limit, which still stops password guessing.
 */
public class SlidingWindowLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public SlidingWindowLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one event for the key; false (and nothing counted) when the key is over its limit. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            evictOlderThan(times, now.minus(window));
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Drops keys with no event left in the window, so a scan of many addresses does not grow memory forever. */
    public void evictIdle() {
        Instant cutoff = clock.instant().minus(window);
        events.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                evictOlderThan(e.getValue(), cutoff);
                return e.getValue().isEmpty();
            }
        });
    }

    public void reset() {
        events.clear();
    }

    int trackedKeys() {
        return events.size();
    }

    private static void evictOlderThan(Deque<Instant> times, Instant cutoff) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
