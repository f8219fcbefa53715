package id.arus.network;

import java.time.Duration;

/**
 * A subscriber's session as the router sees it right now, and their traffic of today.
 *
 * @param address      the address the router gave the session, or null when offline
 * @param rxBytes      bytes received from the subscriber in this session (their upload), 0 when offline
 * @param txBytes      bytes sent to the subscriber in this session (their download)
 * @param todayRxBytes bytes received from the subscriber today (in the operator's time zone), over all their
 *                     sessions of the day and up to this moment; sessions Arus did not see (its own
 *                     downtime) count from when it saw them
 * @param todayTxBytes bytes sent to the subscriber today, likewise
 */
public record LiveSession(boolean online, String address, Duration uptime, String callerId, long rxBytes, long txBytes,
                          long todayRxBytes, long todayTxBytes) {

    public static LiveSession offline() {
        return offline(0, 0);
    }

    public static LiveSession offline(long todayRxBytes, long todayTxBytes) {
        return new LiveSession(false, null, Duration.ZERO, null, 0, 0, todayRxBytes, todayTxBytes);
    }
}
