package id.arus.network.internal;

import id.arus.network.RouterCommandException;
import id.arus.network.NetworkIncident.Kind;
import id.arus.network.ReconcileReport;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides what follows one reconcile attempt: which incidents it settles, which it opens, and whether an
 * automatic attempt is worth repeating. Only an unreachable (or garbled) router is retried, with a delay
 * that doubles from {@code initial-delay} up to {@code max-delay}; a refused login is not, because the
 * same password fails the same way and a router may ban the address that keeps trying. Commands the router
 * refused ({@code !trap}) are not retried either: the router answered, so the next change or staff try again.
 */
@Component
public class ReconcileRetryPolicy {

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;

    public ReconcileRetryPolicy(@Value("${arus.network.reconcile.retry.max-attempts:5}") int maxAttempts,
                                @Value("${arus.network.reconcile.retry.initial-delay:10s}") Duration initialDelay,
                                @Value("${arus.network.reconcile.retry.max-delay:5m}") Duration maxDelay) {
        if (maxAttempts < 1 || initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("arus.network.reconcile.retry needs max-attempts >= 1 and 0 < initial-delay <= max-delay");
        }
        this.maxAttempts = maxAttempts;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
    }

    /**
     * What to do after an attempt.
     *
     * @param resolve  kinds of open incident of the NAS this attempt shows to be over
     * @param open     the kind of incident to open (or add this failure to), or null
     * @param error    the text of that incident's last error, or null
     * @param messages the router's messages for refused commands
     * @param retryIn  when to try again automatically, or null for no retry
     */
    public record Decision(Set<Kind> resolve, Kind open, String error, List<String> messages, Duration retryIn) {

        public Decision {
            resolve = resolve.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(resolve));
            messages = List.copyOf(messages);
        }
    }

    /** The router was reached and the reconcile ran to the end. */
    public Decision afterReport(ReconcileReport report) {
        if (report.failures().isEmpty()) {
            return new Decision(EnumSet.allOf(Kind.class), null, null, List.of(), null);
        }
        // Reached and logged in, so the router is neither unreachable nor refusing the login any more.
        return new Decision(EnumSet.of(Kind.RECONCILE_FAILED, Kind.LOGIN_REFUSED), Kind.COMMANDS_REFUSED,
                "The router refused " + report.failures().size() + " command(s)", report.failures(), null);
    }

    /**
     * The reconcile could not run.
     *
     * @param attempt   this attempt's number in the current series, from 1
     * @param automatic false for a staff member's "retry now", whose failure goes straight into the incident
     */
    public Decision afterFailure(Throwable failure, int attempt, boolean automatic) {
        String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (failure instanceof RouterCommandException routerFailure && routerFailure.loginRefused()) {
            return new Decision(Set.of(), Kind.LOGIN_REFUSED, error, List.of(), null);
        }
        if (automatic && attempt < maxAttempts) {
            return new Decision(Set.of(), null, error, List.of(), delayAfter(attempt));
        }
        return new Decision(Set.of(), Kind.RECONCILE_FAILED, error, List.of(), null);
    }

    /** The wait after the given failed attempt: initial, then doubling, never more than the cap. */
    public Duration delayAfter(int attempt) {
        Duration delay = initialDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
