package id.arus.subscription.internal;

import id.arus.shared.SystemIdentity;
import id.arus.subscription.SubscriptionStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RejectDocuments}, {@code Task_RejectNotFeasible}: onboarding ends as REJECTED with the reason. */
@Component("rejectSubscriptionDelegate")
class RejectSubscriptionDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;

    RejectSubscriptionDelegate(SubscriptionLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = TaskValues.text(execution.getVariable(OnboardingVariables.REJECTION_REASON));
        SystemIdentity.run("subscription-onboarding", () ->
                lifecycle.recordStatus(execution.getProcessBusinessKey(), SubscriptionStatus.REJECTED, reason));
    }
}
