package id.arus.subscription.internal;

import id.arus.shared.SystemIdentity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every "tell the customer" step: the task names the message ({@code message} input), e.g. {@code welcome},
 * {@code suspended}. An SMTP server that refuses fails the job, which the engine retries.
 */
@Component("notifyCustomerDelegate")
class NotifyCustomerDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;
    private final CustomerMessages messages;

    NotifyCustomerDelegate(SubscriptionLifecycle lifecycle, CustomerMessages messages) {
        this.lifecycle = lifecycle;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kind = (String) execution.getVariableLocal(StepVariables.MESSAGE);
        SystemIdentity.run("subscription-mail", () -> messages.send(lifecycle.find(execution.getProcessBusinessKey()), kind,
                execution.getProcessInstanceId()));
    }
}
