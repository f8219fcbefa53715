package id.arus.subscription.internal;

import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RemoveFromRouter} (termination) and {@code Task_RemoveFromOldNas} (move): takes the subscriber
 * out of the NAS's desired state, applies (the router drops what is no longer desired, ending the session)
 * and checks it is gone. A subscription that never reached a NAS has nothing to remove.
 */
@Component("removeFromRouterDelegate")
class RemoveFromRouterDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;
    private final SubscriberEntries entries;

    RemoveFromRouterDelegate(SubscriptionLifecycle lifecycle, SubscriberEntries entries) {
        this.lifecycle = lifecycle;
        this.entries = entries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object given = execution.getVariableLocal(StepVariables.NAS_ID);
        SystemIdentity.run("subscription-removal", () -> {
            Subscription s = lifecycle.lock(execution.getProcessBusinessKey()).subscription();
            Long nasId = given instanceof Number n ? Long.valueOf(n.longValue()) : s.nasId();
            if (nasId == null) {
                return;
            }
            entries.undesire(s, nasId);
            entries.apply(s, nasId, true, null);
        });
    }
}
