package id.arus.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.network.NasStatus;
import id.arus.network.NasStatusChanged;
import id.arus.network.NetworkTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An event whose listener failed stays incomplete in the event publication registry; the retry hands it to
 * the listener again, which completes it. The failed publication is made from a real one (same listener,
 * same serialised event) marked incomplete and old, as a listener that threw would have left it.
 */
@ArusIT
class FailedEventRetryIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    FailedEventRetry retry;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublicationWhoseListenerFailedIsDeliveredAgain() throws InterruptedException {
        // a router that comes back with no outage open: the outage listener only notes it, so it is harmless twice
        String name = "retry-" + UUID.randomUUID();
        NetworkTestSupport.publishCommitted(transactions, events,
                new NasStatusChanged(987_654_321L, name, NasStatus.UNREACHABLE, NasStatus.ONLINE, null, Instant.now()));
        // every module listening to the event (outage notifier, failover watcher) completes its own publication
        NetworkTestSupport.await("the listeners completed the event", WAIT, () -> completed(name, true) >= 2);
        int listeners = completed(name, true);

        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date)
                select gen_random_uuid(), listener_id, event_type, serialized_event, now() - interval '5 minutes', null
                from event_publication where serialized_event like ? and completion_date is not null""")
                .param("%" + name + "%").update();
        assertThat(completed(name, false)).isEqualTo(listeners);

        retry.retryFailedListeners();

        NetworkTestSupport.await("the failed publication delivered again and completed", WAIT, () -> completed(name, false) == 0);
        assertThat(completed(name, true)).isEqualTo(2 * listeners);
    }

    private int completed(String name, boolean complete) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ? and (completion_date is not null) = ?")
                .param("%" + name + "%").param(complete).query(Integer.class).single();
    }
}
