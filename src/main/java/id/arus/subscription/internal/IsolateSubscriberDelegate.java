package id.arus.subscription.internal;

import id.arus.shared.SystemIdentity;
import id.arus.subscription.SuspensionReason;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_IsolateSubscriber} and {@code Task_RestoreService}: records whether the router should hold the
 * subscriber in isolation; the apply step that follows in the same job puts it on the router.
 */
@Component("isolateSubscriberDelegate")
class IsolateSubscriberDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;

    IsolateSubscriberDelegate(SubscriptionLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean isolated = Boolean.TRUE.equals(execution.getVariableLocal(SuspensionVariables.ISOLATED));
        Object reason = execution.getVariable(SuspensionVariables.REASON);
        SystemIdentity.run("subscription-suspension", () -> lifecycle.isolate(execution.getProcessBusinessKey(), isolated,
                reason == null ? null : SuspensionReason.valueOf(reason.toString())));
    }
}
