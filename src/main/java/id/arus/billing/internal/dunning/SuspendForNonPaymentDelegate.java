package id.arus.billing.internal.dunning;

import id.arus.billing.Invoice;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Isolates the invoice's subscription for non-payment through the subscription's own process. A subscription
 * already isolated for non-payment (by another unpaid invoice or staff) stays as it is: whichever invoice is paid
 * last brings it back ({@link ServiceRestorer}). One suspended for another reason, or ended, is left alone.
 * "Busy" (its isolation is still on its way) fails the job, which the engine retries.
 */
@Component("suspendForNonPaymentDelegate")
class SuspendForNonPaymentDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SuspendForNonPaymentDelegate.class);

    private final DunningCases cases;
    private final SubscriptionManagement subscriptions;

    SuspendForNonPaymentDelegate(DunningCases cases, SubscriptionManagement subscriptions) {
        this.cases = cases;
        this.subscriptions = subscriptions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Invoice invoice = cases.of(execution.getProcessBusinessKey()).invoice();
        if (invoice.subscriptionNumber() == null) {
            return;
        }
        String rule = (String) execution.getVariable(DunningVariables.SUSPEND_RULE);
        SystemIdentity.run("dunning", () -> {
            Subscription subscription = subscriptions.get(invoice.subscriptionNumber());
            if (subscription.status() == SubscriptionStatus.ACTIVE) {
                subscriptions.suspend(subscription.number(), SuspensionReason.NON_PAYMENT,
                        "Tagihan " + invoice.number() + " belum dibayar (" + rule + ")");
            } else if (!ServiceRestorer.suspendedForNonPayment(subscription)) {
                log.info("Dunning {} does not suspend {}: it is {}", invoice.number(), subscription.number(), subscription.status());
            }
        });
    }
}
