package id.arus.subscription.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.catalog.PlanRevised;
import id.arus.shared.SystemIdentity;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A plan got a new version that staff applied to existing subscriptions: each live subscription on an older
 * version moves to it through {@code PlanChangeProcess}, which gives its router the new profile. Runs after
 * the catalog's commit; a failure leaves the event in the publication registry to be retried, and moving
 * a subscription that already moved changes nothing.
 */
@Component
class PlanRevisionListener {

    private static final Logger log = LoggerFactory.getLogger(PlanRevisionListener.class);

    private final SubscriptionStore store;
    private final SubscriptionService service;
    private final AuditTrail audit;

    PlanRevisionListener(SubscriptionStore store, SubscriptionService service, AuditTrail audit) {
        this.store = store;
        this.service = service;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void planRevised(PlanRevised event) {
        if (!event.applyToExisting()) {
            return;
        }
        SystemIdentity.run("subscription-plan-revision", () -> {
            List<String> numbers = store.onOlderVersion(event.planId(), event.version());
            for (String number : numbers) {
                service.followPlanRevision(number, event.planId(), event.version());
            }
            audit.record(AuditRecord.of("subscription.plan-revision.followed", "plan:" + event.planId())
                    .withAfter(Map.of("version", event.version(), "subscriptions", numbers.size())));
            log.info("Plan {} v{}: {} subscriptions move to the new version", event.planId(), event.version(), numbers.size());
        });
    }
}
