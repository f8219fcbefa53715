package id.arus.subscription.internal;

import id.arus.shared.SystemIdentity;
import id.arus.subscription.internal.SubscriptionStore.Row;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ProvisionSubscriber}, {@code Task_ApplyIsolation}, {@code Task_ApplyRestore}: writes what the
 * subscription's router should hold (plan or isolation profile, secret or hotspot user, queue, address
 * list), applies it to the router now and reads it back. A router that is unreachable or refuses fails
 * the job, which the engine retries and finally turns into an incident.
 */
@Component("provisionSubscriberDelegate")
class ProvisionSubscriberDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;
    private final SubscriberEntries entries;

    ProvisionSubscriberDelegate(SubscriptionLifecycle lifecycle, SubscriberEntries entries) {
        this.lifecycle = lifecycle;
        this.entries = entries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean dropSession = Boolean.TRUE.equals(execution.getVariableLocal(StepVariables.DROP_SESSION));
        SystemIdentity.run("subscription-provisioning", () -> {
            Row row = lifecycle.lock(execution.getProcessBusinessKey());
            String profile = entries.desire(row.subscription(), row.encryptedPassword(), row.isolated());
            entries.apply(row.subscription(), row.subscription().nasId(), dropSession, profile);
        });
    }
}
