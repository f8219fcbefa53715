package id.arus.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * What one poll of one router found, as it travels through Kafka and as series return it. Figures a
 * router did not give (it was down) are null. In a 5-minute roll-up the figures are the bucket's
 * averages and {@code sampledAt} is the bucket's start.
 *
 * @param status     the network module's status name: ONLINE, LOGIN_REFUSED, UNREACHABLE or ERROR
 * @param latencyMs  round trip of one small command on an open connection
 * @param cpuLoad    percent
 * @param interfaces traffic per interface; empty on a router's first poll (a rate needs two readings)
 */
public record NasSample(long nasId, Instant sampledAt, String status, Double latencyMs, Integer cpuLoad, Long freeMemory,
                        Long totalMemory, Integer pppSessions, Integer hotspotSessions, List<InterfaceRate> interfaces) {

    /** The Kafka topic samples travel on; the record key is the NAS id, so one router's samples stay in order. */
    public static final String TOPIC = "arus.nas-telemetry";

    public NasSample {
        interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
    }

    public boolean online() {
        return "ONLINE".equals(status);
    }

    /** Used memory in percent of total, when both are known. */
    public Double memoryUsedPercent() {
        if (freeMemory == null || totalMemory == null || totalMemory <= 0) {
            return null;
        }
        return 100.0 * (totalMemory - freeMemory) / totalMemory;
    }

    /** Bits per second received and sent by one interface, averaged since the previous poll. */
    public record InterfaceRate(String name, long rxBps, long txBps) {
    }
}
