package id.arus.subscription.internal;

import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import id.arus.subscription.internal.SubscriptionStore.Row;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_MoveToNas}: the subscriber's entries leave the old NAS's desired state, its static address is
 * released there, and the subscription now names the new NAS with an address from the new NAS's pools
 * when it needs one. The entries are written afresh on the new NAS by the provisioning step (rather than
 * moved as they are) because the address, which the queue and address list name, changes with the NAS.
 * Running it again after it succeeded changes nothing.
 */
@Component("moveToNasDelegate")
class MoveToNasDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;
    private final SubscriberEntries entries;
    private final SubscriberAddresses addresses;

    MoveToNasDelegate(SubscriptionLifecycle lifecycle, SubscriberEntries entries, SubscriberAddresses addresses) {
        this.lifecycle = lifecycle;
        this.entries = entries;
        this.addresses = addresses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        long source = ((Number) execution.getVariable(NasMoveVariables.SOURCE_NAS_ID)).longValue();
        long target = ((Number) execution.getVariable(NasMoveVariables.TARGET_NAS_ID)).longValue();
        SystemIdentity.run("subscription-move", () -> {
            Row row = lifecycle.lock(number);
            Subscription s = row.subscription();
            if (s.nasId() != null && s.nasId() == target) {
                return;
            }
            entries.undesire(s, source);
            addresses.release(s, source);
            lifecycle.placeOn(number, target);
            Subscription moved = lifecycle.find(number).subscription();
            lifecycle.setAddress(number, addresses.assign(moved, target));
        });
    }
}
