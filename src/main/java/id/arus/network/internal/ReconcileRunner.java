package id.arus.network.internal;

import id.arus.network.DesiredStateChanged;
import id.arus.shared.SystemIdentity;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a router in line on its own when Arus's desired state for it changes: the change queues a
 * reconcile a moment later (so a burst of changes costs one), and a poller runs the due ones as
 * {@code system:reconcile}. A failed attempt is retried or turned into an incident as the
 * {@link ReconcileRetryPolicy} says.
 *
 * <p>The poller holds the job's row lock for the length of the attempt, so when several nodes poll the
 * same table each job runs on exactly one of them.
 */
@Component
class ReconcileRunner {

    private static final Logger log = LoggerFactory.getLogger(ReconcileRunner.class);

    private final ReconcileQueue queue;
    private final ReconcileAttempts attempts;
    private final TransactionTemplate transaction;
    private final Duration debounce;
    private final int batch;

    ReconcileRunner(ReconcileQueue queue, ReconcileAttempts attempts, PlatformTransactionManager transactions,
                    @Value("${arus.network.reconcile.debounce:2s}") Duration debounce,
                    @Value("${arus.network.reconcile.batch:20}") int batch) {
        this.queue = queue;
        this.attempts = attempts;
        this.transaction = new TransactionTemplate(transactions);
        this.debounce = debounce;
        this.batch = batch;
    }

    /** After the change committed: the router is reconciled once the burst it belongs to is over. */
    @ApplicationModuleListener
    void desiredStateChanged(DesiredStateChanged event) {
        queue.request(event.nasId(), debounce);
    }

    /** Runs the due reconciles, at most {@code batch} per round so one round cannot run for ever. */
    @Scheduled(fixedDelayString = "${arus.network.reconcile.poll-interval:1s}",
            initialDelayString = "${arus.network.reconcile.poll-interval:1s}")
    void runDue() {
        for (int i = 0; i < batch; i++) {
            if (!runOne()) {
                return;
            }
        }
    }

    /** Runs one due job; false when none is due. */
    boolean runOne() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Optional<ReconcileQueue.Job> due = queue.claimDue();
            if (due.isEmpty()) {
                return false;
            }
            SystemIdentity.run("reconcile", () -> attempt(due.get()));
            return true;
        }));
    }

    private void attempt(ReconcileQueue.Job job) {
        int number = job.attempts() + 1;
        try {
            ReconcileAttempts.Attempt attempt = attempts.run(job.nasId(), number, job.firstFailure(), true);
            Duration retryIn = attempt.decision().retryIn();
            if (retryIn != null) {
                queue.retryLater(job.nasId(), number, retryIn, attempt.decision().error());
                log.info("NAS {}: reconcile attempt {} failed, next in {}", job.nasId(), number, retryIn);
            } else {
                queue.done(job.nasId());
            }
        } catch (NoSuchElementException e) {
            queue.done(job.nasId()); // the NAS was removed while its reconcile waited
        }
    }
}
