package id.arus.network.routeros;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything Arus does to one router goes through its client: a small pool of logged-in connections
 * (each carrying many pipelined commands), opened on demand, replaced when one dies, with exponential
 * backoff between attempts and a {@link CircuitBreaker} so a dead router fails fast.
 *
 * <p>Commands are never retried automatically once sent: an {@code add} that may or may not have reached
 * the router is the caller's (the reconciler's) decision. Only opening a connection is retried.
 * Thread-safe.
 */
public final class RouterOsClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RouterOsClient.class);

    /**
     * Commands in flight on the least busy connection above which another connection is opened (while
     * below {@code maxConnections}). Pipelining makes one connection enough for most work; a second one
     * mostly helps when a few slow commands (export, backup) would delay quick ones.
     */
    static final int SPREAD_THRESHOLD = 16;

    private final RouterOsConfig config;
    private final CircuitBreaker breaker;
    private final CopyOnWriteArrayList<RouterOsConnection> connections = new CopyOnWriteArrayList<>();
    private final ReentrantLock connectLock = new ReentrantLock();
    private volatile boolean closed;

    public RouterOsClient(RouterOsConfig config) {
        this.config = config;
        this.breaker = new CircuitBreaker(config.failureThreshold(), config.coolDown());
    }

    public RouterOsConfig config() {
        return config;
    }

    /** Sends a command; failures (including "unreachable") arrive through the future. */
    public CompletableFuture<RouterOsReply> sendAsync(Command command) {
        try {
            // A connection can die between being picked and being used; the command was then never
            // written, so one more try on a fresh connection is safe.
            CompletableFuture<RouterOsReply> reply = acquire().sendIfOpen(command);
            return reply != null ? reply : acquire().send(command);
        } catch (RouterOsException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Sends a command and waits for its reply (at most the reply timeout once sent). */
    public RouterOsReply execute(Command command) {
        return await(sendAsync(command));
    }

    /** The rows of a print (empty for no match, also on 7.18+ where the router says {@code !empty}). */
    public List<Map<String, String>> print(Command command) {
        return execute(command).rows();
    }

    /** Starts a stream; see {@link RouterOsConnection#listen}. */
    public Subscription listen(Command command, Consumer<Map<String, String>> onRow) {
        return acquire().listen(command, onRow);
    }

    public CircuitBreaker.State circuitState() {
        return breaker.state();
    }

    /** Open connections right now. */
    public int openConnections() {
        return (int) connections.stream().filter(RouterOsConnection::isOpen).count();
    }

    /**
     * A connection to send on: the least busy open one, a new one when all are busy and the pool has
     * room, or (with none open) a fresh connection opened with retries.
     */
    RouterOsConnection acquire() {
        if (closed) {
            throw new RouterOsException("client for " + config.address() + " is closed");
        }
        RouterOsConnection best = leastLoaded();
        if (best != null && (best.inFlight() < SPREAD_THRESHOLD || connections.size() >= config.maxConnections())) {
            return best;
        }
        if (best != null) {
            // Growing the pool is optional: never make a caller wait for it while a connection works.
            if (!connectLock.tryLock()) {
                return best;
            }
            try {
                if (connections.size() < config.maxConnections()) {
                    try {
                        return connect();
                    } catch (RouterOsException e) {
                        log.debug("{}: extra connection failed: {}", config.address(), e.getMessage());
                    }
                }
                RouterOsConnection now = leastLoaded();
                return now != null ? now : best;
            } finally {
                connectLock.unlock();
            }
        }
        try {
            connectLock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RouterOsException("interrupted while waiting to connect to " + config.address());
        }
        try {
            // Another caller may have connected while this one waited for the lock.
            RouterOsConnection now = leastLoaded();
            return now != null ? now : connect();
        } finally {
            connectLock.unlock();
        }
    }

    private RouterOsConnection leastLoaded() {
        RouterOsConnection best = null;
        for (RouterOsConnection connection : connections) {
            if (!connection.isOpen()) {
                connections.remove(connection);
            } else if (best == null || connection.inFlight() < best.inFlight()) {
                best = connection;
            }
        }
        return best;
    }

    /** Opens one connection, retrying with exponential backoff; called with {@code connectLock} held. */
    private RouterOsConnection connect() {
        RouterOsException last = null;
        for (int attempt = 1; attempt <= config.connectAttempts(); attempt++) {
            if (attempt > 1) {
                sleep(backoff(attempt - 1));
            }
            breaker.acquirePermission(config.address());
            RouterOsConnection connection;
            try {
                connection = RouterOsConnection.open(config);
            } catch (LoginRefusedException e) {
                // The router is up; retrying the same credentials would not help. Not a breaker failure.
                breaker.onSuccess();
                throw e;
            } catch (RouterOsException e) {
                breaker.onFailure(e.getMessage());
                log.info("{}: connection attempt {} of {} failed: {}", config.address(), attempt,
                        config.connectAttempts(), e.getMessage());
                last = e;
                continue;
            }
            breaker.onSuccess();
            connections.add(connection);
            connection.closure().thenRun(() -> connections.remove(connection));
            if (closed) {
                connection.close();
                throw new RouterOsException("client for " + config.address() + " is closed");
            }
            return connection;
        }
        throw last;
    }

    /** initialBackoff * 2^(n-1), capped, with up to 20% jitter so many nodes do not retry in step. */
    long backoff(int failedAttempts) {
        long base = config.initialBackoff().toMillis() << Math.min(failedAttempts - 1, 20);
        long capped = Math.min(base, config.maxBackoff().toMillis());
        return capped - ThreadLocalRandom.current().nextLong(capped / 5 + 1);
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RouterOsException("interrupted while waiting to reconnect to " + config.address());
        }
    }

    /** Waits for a reply and rethrows the client's own exception type (not a wrapper). */
    static RouterOsReply await(CompletableFuture<RouterOsReply> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RouterOsException("interrupted while waiting for the router");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RouterOsException routerOs) {
                throw routerOs;
            }
            throw new RouterOsException("command failed: " + e.getCause(), e.getCause());
        }
    }

    /** Closes every connection; pending commands fail. */
    @Override
    public void close() {
        closed = true;
        for (RouterOsConnection connection : connections) {
            connection.close();
        }
        connections.clear();
    }

    @Override
    public String toString() {
        return "RouterOsClient[" + config.address() + ", circuit=" + breaker.state() + "]";
    }
}
