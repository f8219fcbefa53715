package id.arus.network;

import id.arus.shared.SystemIdentity;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs {@link Failover#watch()} as {@code system:failover}: every {@code arus.network.failover.check}
 * (default 30 s), and when a router's status changes, again once the primary's wait ({@code after}) or
 * settle time has passed, so a failover does not wait for the next regular check. Checks run one at a
 * time on the watcher's own thread, not on the shared scheduler, since a check may reconcile routers for
 * seconds; a check already waiting to run absorbs further requests.
 */
@Component
class FailoverWatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FailoverWatcher.class);
    /** A little past the deadline, so the status compared is certainly old enough. */
    private static final Duration MARGIN = Duration.ofSeconds(1);

    private final Failover failover;
    private final Duration after;
    private final Duration settle;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "failover-watcher");
        thread.setDaemon(true);
        return thread;
    });

    FailoverWatcher(Failover failover, @Value("${arus.network.failover.after:5m}") Duration after,
                    @Value("${arus.network.failover.settle:2m}") Duration settle) {
        this.failover = failover;
        this.after = after;
        this.settle = settle;
    }

    @Scheduled(fixedDelayString = "${arus.network.failover.check:30s}", initialDelayString = "${arus.network.failover.check:30s}")
    void regularCheck() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(this::check);
        }
    }

    /** After the status row is committed, so the check reads it. */
    @TransactionalEventListener(fallbackExecution = true)
    void statusChanged(NasStatusChanged event) {
        if (event.current() == NasStatus.UNREACHABLE) {
            executor.schedule(this::check, after.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS);
        } else if (event.cameBack()) {
            executor.schedule(this::check, settle.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void check() {
        queued.set(false);
        try {
            Failover.Check result = SystemIdentity.call("failover", failover::watch);
            if (result.started() + result.ended() + result.failed() > 0) {
                log.info("failover check: {} started, {} handed back, {} reconciled, {} failed", result.started(),
                        result.ended(), result.reconciled(), result.failed());
            }
        } catch (RuntimeException e) {
            log.warn("failover check failed, trying again on the next one: {}", e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
