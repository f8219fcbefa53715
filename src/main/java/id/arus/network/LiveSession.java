package id.arus.network;

import java.time.Duration;

/**
 * A subscriber's session as the router sees it right now.
 *
 * @param address  the address the router gave the session, or null when offline
 * @param rxBytes  bytes received from the subscriber in this session (their upload), 0 when offline
 * @param txBytes  bytes sent to the subscriber in this session (their download)
 */
public record LiveSession(boolean online, String address, Duration uptime, String callerId, long rxBytes, long txBytes) {

    public static LiveSession offline() {
        return new LiveSession(false, null, Duration.ZERO, null, 0, 0);
    }
}
