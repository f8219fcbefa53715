package id.arus.subscription.internal;

import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ReleaseAddress}: the static address goes back to its pool; the row keeps it as history. */
@Component("releaseAddressDelegate")
class ReleaseAddressDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;
    private final SubscriberAddresses addresses;

    ReleaseAddressDelegate(SubscriptionLifecycle lifecycle, SubscriberAddresses addresses) {
        this.lifecycle = lifecycle;
        this.addresses = addresses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SystemIdentity.run("subscription-removal", () -> {
            Subscription s = lifecycle.lock(execution.getProcessBusinessKey()).subscription();
            if (s.nasId() != null) {
                addresses.release(s, s.nasId());
                if (s.address() != null) {
                    lifecycle.change(s, "address", s.address() + " dilepas / released");
                }
            }
        });
    }
}
