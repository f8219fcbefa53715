package id.arus.network;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The result of talking to a router once: its status and, when online, what it is and how busy.
 *
 * @param detail      the router's own message or the reason it could not be reached; null when online
 * @param uptime      as RouterOS reports it, e.g. {@code 3d04:12:55} or {@code 1w2d3h}
 * @param cpuLoad     percent
 * @param latency     round trip of one small command after login
 * @param interfaces  the interfaces' byte counters at {@code checkedAt}; empty when not online
 */
public record NasProbe(long nasId, NasStatus status, String detail, Instant checkedAt, String version, String board,
                       String identity, String uptime, Integer cpuLoad, Long freeMemory, Long totalMemory,
                       Integer pppSessions, Integer hotspotSessions, Duration latency, List<InterfaceTraffic> interfaces) {

    public NasProbe {
        interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
    }

    /** A probe that reached no figures: the router was down, refused the login or answered nonsense. */
    public static NasProbe failed(long nasId, NasStatus status, String detail, Instant at) {
        return new NasProbe(nasId, status, detail, at, null, null, null, null, null, null, null, null, null, null, List.of());
    }
}
