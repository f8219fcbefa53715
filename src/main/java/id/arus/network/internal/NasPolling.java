package id.arus.network.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs this node's {@link NasPoller} every {@code arus.network.poll.interval} (default 10 s), sampling
 * subscribers' usage every {@code arus.network.poll.usage-interval} (default 1 min), while the
 * application runs, and hands its routers over on shutdown. The node id ({@code arus.node-id}, default
 * host name and process id) names the node in {@code nas_poll_lease}, so two nodes on one machine differ.
 */
@Component
@ConditionalOnProperty(name = "arus.network.poll.enabled", havingValue = "true", matchIfMissing = true)
class NasPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NasPolling.class);

    private final NasPoller.Settings settings;
    private final NasStore store;
    private final NasPollLeases leases;
    private final NasProber prober;
    private final TelemetrySender sender;
    private final SubscriberUsageSampler usage;
    private ScheduledExecutorService timer;
    private NasPoller poller;

    NasPolling(NasStore store, NasPollLeases leases, NasProber prober, TelemetrySender sender,
               SubscriberUsageSampler usage,
               @Value("${arus.node-id:}") String node,
               @Value("${arus.network.poll.interval:10s}") Duration interval,
               @Value("${arus.network.poll.timeout:5s}") Duration timeout,
               @Value("${arus.network.poll.concurrency:16}") int concurrency,
               @Value("${arus.network.poll.login-refused-retry:15m}") Duration loginRefusedRetry,
               @Value("${arus.network.poll.usage-interval:1m}") Duration usageInterval) {
        this.usage = usage;
        this.store = store;
        this.leases = leases;
        this.prober = prober;
        this.sender = sender;
        this.settings = new NasPoller.Settings(node.isBlank() ? defaultNodeId() : node, interval, timeout, concurrency, loginRefusedRetry,
                usageInterval);
    }

    @Override
    public synchronized void start() {
        poller = new NasPoller(settings, store, leases, prober, sender, usage);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nas-poll-rounds");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::round, settings.interval().toMillis(), settings.interval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Polling routers every {} as node {}", settings.interval(), settings.node());
    }


    private void round() {
        try {
            poller.pollRound();
        } catch (RuntimeException e) {
            log.warn("A polling round failed: {}", e.toString()); // the timer must survive to run the next round
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            poller.close();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /**
     * Starts after everything else (routes, Kafka, web server) and stops before all of it, Camel
     * included: a poll still sending telemetry while the Kafka route shuts down held SIGTERM up for the
     * whole Camel shutdown timeout.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
