package id.arus.network;

import java.time.Duration;
import java.time.Instant;

/**
 * The result of talking to a router once: its status and, when online, what it is and how busy.
 *
 * @param detail      the router's own message or the reason it could not be reached; null when online
 * @param uptime      as RouterOS reports it, e.g. {@code 3d04:12:55} or {@code 1w2d3h}
 * @param cpuLoad     percent
 * @param latency     round trip of one small command after login
 */
public record NasProbe(long nasId, NasStatus status, String detail, Instant checkedAt, String version, String board,
                       String identity, String uptime, Integer cpuLoad, Long freeMemory, Long totalMemory,
                       Integer pppSessions, Integer hotspotSessions, Duration latency) {
}
