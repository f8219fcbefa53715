package id.arus.subscription.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The subscription module's settings ({@code arus.subscription.*}). The bean is named
 * {@code subscriptionRetries} because the BPMN reads the retry cycle of every router and mail step from it
 * ({@code ${subscriptionRetries.cycle}}), so operators change it without editing the processes.
 */
@Component("subscriptionRetries")
public class SubscriptionSettings {

    private final String cycle;
    private final String isolationRateLimit;

    SubscriptionSettings(@Value("${arus.subscription.retry-cycle:R5/PT10S}") String cycle,
                         @Value("${arus.subscription.isolation-rate-limit:256k/256k}") String isolationRateLimit) {
        this.cycle = cycle;
        this.isolationRateLimit = isolationRateLimit;
    }

    /** ISO 8601 repeat cycle of a failing step, e.g. {@code R5/PT10S}: five retries ten seconds apart, then an incident. */
    public String getCycle() {
        return cycle;
    }

    /** The rate limit of the isolation profile {@code arus-isolir}. */
    public String isolationRateLimit() {
        return isolationRateLimit;
    }
}
