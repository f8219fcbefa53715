package id.arus.subscription.internal;

import id.arus.shared.SystemIdentity;
import id.arus.subscription.SubscriptionStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_MarkActive}, {@code Task_MarkSuspended}, {@code Task_MarkTerminated}: records the status the
 * task names (with the process's reason where it has one), which also publishes the Subscription* event.
 */
@Component("recordStatusDelegate")
class RecordStatusDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;

    RecordStatusDelegate(SubscriptionLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SubscriptionStatus status = SubscriptionStatus.valueOf((String) execution.getVariableLocal(StepVariables.STATUS));
        String reason = switch (status) {
            case SUSPENDED -> join(execution.getVariable(SuspensionVariables.REASON), execution.getVariable(SuspensionVariables.NOTE));
            case TERMINATED -> TaskValues.text(execution.getVariable(TerminationVariables.REASON));
            default -> null;
        };
        SystemIdentity.run("subscription", () -> lifecycle.recordStatus(execution.getProcessBusinessKey(), status, reason));
    }

    private static String join(Object reason, Object note) {
        String text = TaskValues.text(note);
        return text == null ? TaskValues.text(reason) : TaskValues.text(reason) + " (" + text + ")";
    }
}
