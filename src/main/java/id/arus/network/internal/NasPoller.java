package id.arus.network.internal;

import id.arus.monitoring.NasSample;
import id.arus.network.Nas;
import id.arus.network.NasProbe;
import id.arus.network.NasStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Polls the routers this node holds the lease for, one round at a time: claims and renews leases, then
 * polls each leased router on a small pool of threads, so 200 routers cost a few threads and a dead
 * router costs its own timeout only. A router whose previous poll is still running is skipped this
 * round. A router that refused Arus's login is polled again only after {@code loginRefusedRetry} or as
 * soon as its NAS record is edited, so Arus does not hammer it with credentials it already refused.
 */
public final class NasPoller implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NasPoller.class);

    /**
     * @param interval          time between rounds; a lease lasts three rounds, so a node that dies hands its
     *                          routers over within three rounds
     * @param timeout           the longest a poll waits for a router's answers
     * @param concurrency       polls running at once on this node
     * @param loginRefusedRetry how long a router that refused the login is left alone (unless edited)
     * @param usageInterval     time between two samples of a router's session counters (subscribers' usage)
     */
    public record Settings(String node, Duration interval, Duration timeout, int concurrency, Duration loginRefusedRetry,
                           Duration usageInterval) {

        public Duration leaseTerm() {
            return interval.multipliedBy(3);
        }
    }

    private record Refusal(Instant nasUpdatedAt, Instant at) {
    }

    private final Settings settings;
    private final NasStore store;
    private final NasPollLeases leases;
    private final NasProber prober;
    private final TelemetrySender sender;
    private final SubscriberUsageSampler usage;
    private final ExecutorService workers;
    private final TrafficRates rates = new TrafficRates();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<Long, Refusal> refusals = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> polls = new ConcurrentHashMap<>();
    private final Map<Long, Instant> usageSampled = new ConcurrentHashMap<>();
    private volatile Set<Long> held = Set.of();
    private volatile boolean closed;

    public NasPoller(Settings settings, NasStore store, NasPollLeases leases, NasProber prober, TelemetrySender sender,
                     SubscriberUsageSampler usage) {
        this.settings = settings;
        this.usage = usage;
        this.store = store;
        this.leases = leases;
        this.prober = prober;
        this.sender = sender;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "nas-poll-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public String node() {
        return settings.node();
    }

    /**
     * One round: claims leases and starts a poll of every held router that is due. The future completes
     * when those polls have finished; the scheduler does not wait for it, tests and benchmarks may.
     */
    public CompletableFuture<Void> pollRound() {
        if (closed) {
            return CompletableFuture.completedFuture(null);
        }
        Set<Long> owned;
        try {
            owned = leases.claim(settings.node(), settings.leaseTerm());
        } catch (DataAccessException e) {
            log.warn("Node {} could not renew its polling leases: {}", settings.node(), e.getMostSpecificCause().getMessage());
            return CompletableFuture.completedFuture(null);
        }
        Set<Long> lost = new HashSet<>(held);
        lost.removeAll(owned);
        lost.forEach(this::forget);
        held = Set.copyOf(owned);

        List<CompletableFuture<Void>> started = new ArrayList<>();
        for (Nas nas : store.findAll()) {
            if (owned.contains(nas.id()) && due(nas) && inFlight.add(nas.id())) {
                started.add(CompletableFuture.runAsync(() -> pollOne(nas), workers)
                        .whenComplete((ok, failure) -> inFlight.remove(nas.id())));
            }
        }
        return CompletableFuture.allOf(started.toArray(CompletableFuture[]::new));
    }

    /** The routers this node held after its latest round. */
    public Set<Long> held() {
        return held;
    }

    /** How many times this node has polled the router. */
    public long pollCount(long nasId) {
        AtomicLong count = polls.get(nasId);
        return count == null ? 0 : count.get();
    }

    private boolean due(Nas nas) {
        Refusal refusal = refusals.get(nas.id());
        if (refusal == null) {
            return true;
        }
        if (!refusal.nasUpdatedAt().equals(nas.updatedAt())) {
            refusals.remove(nas.id()); // edited since: perhaps the password was corrected
            return true;
        }
        return !Instant.now().isBefore(refusal.at().plus(settings.loginRefusedRetry()));
    }

    private void pollOne(Nas nas) {
        try {
            NasProbe probe = prober.poll(nas, settings.timeout());
            polls.computeIfAbsent(nas.id(), id -> new AtomicLong()).incrementAndGet();
            if (probe.status() == NasStatus.LOGIN_REFUSED) {
                refusals.put(nas.id(), new Refusal(nas.updatedAt(), probe.checkedAt()));
            } else {
                refusals.remove(nas.id());
            }
            if (probe.status() != NasStatus.ONLINE) {
                rates.forget(nas.id()); // a gap in readings is no basis for a rate
            }
            sender.send(sample(probe));
            if (probe.status() == NasStatus.ONLINE) {
                sampleUsageIfDue(nas, probe.checkedAt());
            }
        } catch (RuntimeException e) {
            // One router's surprise must not end the round for the others; the next round tries again.
            log.warn("Polling NAS {} failed: {}", nas.name(), e.toString());
        }
    }

    private void sampleUsageIfDue(Nas nas, Instant now) {
        Instant last = usageSampled.get(nas.id());
        if (last != null && now.isBefore(last.plus(settings.usageInterval()))) {
            return;
        }
        usageSampled.put(nas.id(), now); // also after a failure: the next try waits its interval, as a poll does
        try {
            usage.sample(nas.id());
        } catch (RuntimeException e) {
            log.warn("Sampling the subscribers' usage on NAS {} failed: {}", nas.name(), e.toString());
        }
    }

    private NasSample sample(NasProbe probe) {
        return new NasSample(probe.nasId(), probe.checkedAt(), probe.status().name(),
                probe.latency() == null ? null : probe.latency().toNanos() / 1e6, probe.cpuLoad(), probe.freeMemory(),
                probe.totalMemory(), probe.pppSessions(), probe.hotspotSessions(),
                probe.status() == NasStatus.ONLINE ? rates.rates(probe.nasId(), probe.checkedAt(), probe.interfaces()) : List.of());
    }

    private void forget(long nasId) {
        rates.forget(nasId);
        usageSampled.remove(nasId);
        refusals.remove(nasId);
    }

    /** Stops polling and gives up this node's leases, so another node takes the routers over on its next round. */
    @Override
    public void close() {
        closed = true;
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Node {}: some polls were still running at shutdown", settings.node());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int released = leases.release(settings.node());
            log.info("Node {} stopped polling and released {} router lease(s)", settings.node(), released);
        } catch (DataAccessException e) {
            log.warn("Node {} could not release its leases; they expire within {}", settings.node(), settings.leaseTerm());
        }
    }
}
