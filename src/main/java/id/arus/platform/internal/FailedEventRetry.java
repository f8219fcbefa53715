package id.arus.platform.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose listener failed (a concurrent update in the process engine, a database hiccup) to
 * their listener again, so an event between modules is retried rather than waiting for the next restart.
 * The event publication registry in PostgreSQL is the outbox (ARCHITECTURE.md §3): a publication stays
 * incomplete until its listener succeeds, which is why every listener must be idempotent.
 */
@Component
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    FailedEventRetry(IncompleteEventPublications incomplete, @Value("${arus.events.retry-after:1m}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    /** An event still incomplete a while after it was published has failed (or its node died): run it again. */
    @Scheduled(fixedDelayString = "${arus.events.retry-every:30s}", initialDelayString = "${arus.events.retry-every:30s}")
    void retryFailedListeners() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("could not resubmit incomplete event publications: {}", e.getMessage());
        }
    }
}
