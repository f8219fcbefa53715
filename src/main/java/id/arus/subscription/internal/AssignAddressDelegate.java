package id.arus.subscription.internal;

import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_AssignAddress}: a static address from the NAS's pools where the subscription needs one. */
@Component("assignAddressDelegate")
class AssignAddressDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;
    private final SubscriberAddresses addresses;

    AssignAddressDelegate(SubscriptionLifecycle lifecycle, SubscriberAddresses addresses) {
        this.lifecycle = lifecycle;
        this.addresses = addresses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        SystemIdentity.run("subscription-activation", () -> {
            Subscription s = lifecycle.lock(number).subscription();
            String address = addresses.assign(s, s.nasId());
            if (address != null) {
                lifecycle.setAddress(number, address);
            }
        });
    }
}
