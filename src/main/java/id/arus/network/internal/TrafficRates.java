package id.arus.network.internal;

import id.arus.monitoring.NasSample.InterfaceRate;
import id.arus.network.InterfaceTraffic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the routers' moving byte counters into bits per second, from each router's previous reading.
 * Counters go backwards in two ways: a 32-bit counter wraps (older hardware and v6 interfaces), and a
 * counter starts again from zero when the router reboots or someone resets it. A step back from the top
 * half of the 32-bit range is taken as a wrap; any other step back as a reset, after which the new value
 * is what was counted since the reset.
 */
final class TrafficRates {

    static final long WRAP_32 = 1L << 32;

    private record Reading(Instant at, Map<String, long[]> counters) {
    }

    private final Map<Long, Reading> previous = new ConcurrentHashMap<>();

    /** The rates since this router's previous reading; empty for its first reading. */
    List<InterfaceRate> rates(long nasId, Instant at, List<InterfaceTraffic> interfaces) {
        Map<String, long[]> counters = new HashMap<>();
        for (InterfaceTraffic traffic : interfaces) {
            counters.put(traffic.name(), new long[] {traffic.rxBytes(), traffic.txBytes()});
        }
        Reading before = previous.put(nasId, new Reading(at, counters));
        if (before == null) {
            return List.of();
        }
        double seconds = Duration.between(before.at(), at).toNanos() / 1e9;
        if (seconds <= 0) {
            return List.of();
        }
        List<InterfaceRate> rates = new ArrayList<>();
        for (InterfaceTraffic traffic : interfaces) {
            long[] old = before.counters().get(traffic.name());
            if (old != null) { // an interface new since the last reading has no rate yet
                rates.add(new InterfaceRate(traffic.name(), bitsPerSecond(old[0], traffic.rxBytes(), seconds),
                        bitsPerSecond(old[1], traffic.txBytes(), seconds)));
            }
        }
        return rates;
    }

    /** Forgets a router, e.g. when another node took over its polling; its next reading starts afresh. */
    void forget(long nasId) {
        previous.remove(nasId);
    }

    static long bitsPerSecond(long before, long now, double seconds) {
        return Math.round(bytesBetween(before, now) * 8 / seconds);
    }

    static long bytesBetween(long before, long now) {
        if (now >= before) {
            return now - before;
        }
        boolean nearTopOf32Bits = before >= WRAP_32 / 2 && before < WRAP_32;
        return nearTopOf32Bits ? WRAP_32 - before + now : now;
    }
}
