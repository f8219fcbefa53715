package id.arus.network.routeros;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLSocketFactory;

/**
 * How to reach and log in to one router, and how hard to try. Build with {@link #of} and the
 * {@code with...} methods; the defaults suit a NAS on a LAN or a VPN.
 *
 * @param tlsSocketFactory used only with {@link TlsMode#CUSTOM} (e.g. a trust store holding the
 *                         router's own CA)
 * @param maxConnections   connections per router; each carries many pipelined commands, so 2 to 4 is
 *                         plenty and keeps the router's API session count low
 * @param connectAttempts  attempts per call when no connection is open, with exponential backoff
 *                         between them starting at {@code initialBackoff}, capped at {@code maxBackoff}
 * @param failureThreshold consecutive connection failures that open the circuit breaker
 * @param coolDown         how long an open breaker fails fast before one trial connection (doubles on
 *                         each failed trial, up to eight times this value)
 */
public record RouterOsConfig(
        String host,
        int port,
        String username,
        String password,
        TlsMode tls,
        SSLSocketFactory tlsSocketFactory,
        Duration connectTimeout,
        Duration replyTimeout,
        int maxConnections,
        int connectAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        int failureThreshold,
        Duration coolDown) {

    public static final int API_PORT = 8728;
    public static final int API_TLS_PORT = 8729;

    /** How the connection is protected. */
    public enum TlsMode {
        /** Plain TCP (port 8728): the post-6.43 login sends the password in clear. */
        NONE,
        /** TLS checked against the JVM's trust store, with host name verification. */
        SYSTEM_TRUST,
        /**
         * TLS that accepts any certificate: encrypts, but does not authenticate the router. For routers
         * with their own self-signed certificate; the name says what it gives up.
         */
        INSECURE_TRUST_ALL,
        /** TLS through {@link RouterOsConfig#tlsSocketFactory()}. */
        CUSTOM
    }

    public RouterOsConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(tls, "tls");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (tls == TlsMode.CUSTOM && tlsSocketFactory == null) {
            throw new IllegalArgumentException("TLS mode CUSTOM needs a socket factory");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(replyTimeout, "replyTimeout");
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(coolDown, "coolDown");
        if (maxConnections < 1 || connectAttempts < 1 || failureThreshold < 1) {
            throw new IllegalArgumentException("maxConnections, connectAttempts and failureThreshold must be >= 1");
        }
    }

    /** Plain API on {@code port}, defaults: 5 s connect, 30 s reply, 2 connections, breaker after 3 failures for 30 s. */
    public static RouterOsConfig of(String host, int port, String username, String password) {
        return new RouterOsConfig(host, port, username, password, TlsMode.NONE, null,
                Duration.ofSeconds(5), Duration.ofSeconds(30), 2, 2, Duration.ofMillis(200),
                Duration.ofSeconds(5), 3, Duration.ofSeconds(30));
    }

    public RouterOsConfig withTls(TlsMode mode) {
        return new RouterOsConfig(host, port, username, password, mode, mode == TlsMode.CUSTOM ? tlsSocketFactory : null,
                connectTimeout, replyTimeout, maxConnections, connectAttempts, initialBackoff, maxBackoff,
                failureThreshold, coolDown);
    }

    public RouterOsConfig withTlsSocketFactory(SSLSocketFactory factory) {
        return new RouterOsConfig(host, port, username, password, TlsMode.CUSTOM, factory, connectTimeout,
                replyTimeout, maxConnections, connectAttempts, initialBackoff, maxBackoff, failureThreshold, coolDown);
    }

    public RouterOsConfig withTimeouts(Duration connect, Duration reply) {
        return new RouterOsConfig(host, port, username, password, tls, tlsSocketFactory, connect, reply,
                maxConnections, connectAttempts, initialBackoff, maxBackoff, failureThreshold, coolDown);
    }

    public RouterOsConfig withMaxConnections(int max) {
        return new RouterOsConfig(host, port, username, password, tls, tlsSocketFactory, connectTimeout,
                replyTimeout, max, connectAttempts, initialBackoff, maxBackoff, failureThreshold, coolDown);
    }

    public RouterOsConfig withRetry(int attempts, Duration initial, Duration max) {
        return new RouterOsConfig(host, port, username, password, tls, tlsSocketFactory, connectTimeout,
                replyTimeout, maxConnections, attempts, initial, max, failureThreshold, coolDown);
    }

    public RouterOsConfig withCircuitBreaker(int threshold, Duration coolDownTime) {
        return new RouterOsConfig(host, port, username, password, tls, tlsSocketFactory, connectTimeout,
                replyTimeout, maxConnections, connectAttempts, initialBackoff, maxBackoff, threshold, coolDownTime);
    }

    /** {@code host:port}, the name used in messages and logs. */
    public String address() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "RouterOsConfig[" + address() + ", user=" + username + ", tls=" + tls + ", connectTimeout="
                + connectTimeout + ", replyTimeout=" + replyTimeout + ", maxConnections=" + maxConnections + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
