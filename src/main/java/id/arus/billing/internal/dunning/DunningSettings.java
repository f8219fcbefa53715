package id.arus.billing.internal.dunning;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dunning's settings ({@code arus.billing.*}). Named {@code dunningSettings} because the BPMN reads the
 * retry cycle of every step from it ({@code ${dunningSettings.retryCycle}}), so operators change it without
 * editing the process.
 */
@Component("dunningSettings")
public class DunningSettings {

    private final String retryCycle;
    private final int unsuspendAttempts;
    private final Duration unsuspendPause;
    private final int recheckDays;

    DunningSettings(@Value("${arus.billing.retry-cycle:R5/PT10S}") String retryCycle,
                    @Value("${arus.billing.dunning.unsuspend-attempts:40}") int unsuspendAttempts,
                    @Value("${arus.billing.dunning.unsuspend-pause:250ms}") Duration unsuspendPause,
                    @Value("${arus.billing.dunning.recheck-days:30}") int recheckDays) {
        this.retryCycle = retryCycle;
        this.unsuspendAttempts = unsuspendAttempts;
        this.unsuspendPause = unsuspendPause;
        this.recheckDays = recheckDays;
    }

    public static DunningSettings of(String retryCycle, int unsuspendAttempts, Duration unsuspendPause, int recheckDays) {
        return new DunningSettings(retryCycle, unsuspendAttempts, unsuspendPause, recheckDays);
    }

    /** ISO 8601 repeat cycle of a failing step, e.g. {@code R5/PT10S}: five retries ten seconds apart, then an incident. */
    public String getRetryCycle() {
        return retryCycle;
    }

    /**
     * How often restoring service asks again while the suspension process answers "busy" (its own mail step
     * runs for a moment), and how long it waits between: bounded, so a payment restores within seconds.
     */
    int unsuspendAttempts() {
        return unsuspendAttempts;
    }

    Duration unsuspendPause() {
        return unsuspendPause;
    }

    /** When the policy has nothing more to do, the unpaid invoice is looked at again after this many days. */
    int recheckDays() {
        return recheckDays;
    }
}
