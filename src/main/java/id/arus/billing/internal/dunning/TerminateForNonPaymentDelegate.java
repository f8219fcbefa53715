package id.arus.billing.internal.dunning;

import id.arus.billing.Invoice;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the invoice's subscription through its termination process; one already ended stays as it is. */
@Component("terminateForNonPaymentDelegate")
class TerminateForNonPaymentDelegate implements JavaDelegate {

    private final DunningCases cases;
    private final SubscriptionManagement subscriptions;

    TerminateForNonPaymentDelegate(DunningCases cases, SubscriptionManagement subscriptions) {
        this.cases = cases;
        this.subscriptions = subscriptions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Invoice invoice = cases.of(execution.getProcessBusinessKey()).invoice();
        if (invoice.subscriptionNumber() == null) {
            return;
        }
        String rule = (String) execution.getVariable(DunningVariables.TERMINATE_RULE);
        SystemIdentity.run("dunning", () -> {
            Subscription subscription = subscriptions.get(invoice.subscriptionNumber());
            if (subscription.status() != SubscriptionStatus.TERMINATED && subscription.status() != SubscriptionStatus.REJECTED) {
                subscriptions.terminate(subscription.number(), "Tagihan " + invoice.number() + " tidak dibayar (" + rule + ")");
            }
        });
    }
}
