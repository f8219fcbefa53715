package id.arus.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Recurring billing. The {@code BillingRunProcess} timer runs it daily; FINANCE and ADMIN start one on
 * demand. A run is idempotent: a second run for the same period issues nothing, and a run that crashed
 * half-way is resumed by the next one without duplicates.
 */
public interface BillingRuns {

    /** Starts a run for the periods starting on {@code periodStart} in the background and returns it RUNNING. */
    BillingRun start(LocalDate periodStart);

    /** Runs now on this thread and returns it finished (the process's service task and benchmarks). */
    BillingRun runNow(LocalDate periodStart, String trigger);

    /** @throws java.util.NoSuchElementException when unknown */
    BillingRun get(long id);

    List<BillingRun> recent(int limit);

    Optional<BillingRun> running();
}
