package id.arus.payment.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.payment.Payment;
import id.arus.shared.Money;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyHeld}, {@code Task_Refund}, {@code Task_Dismiss}: carries out FINANCE's decision as the
 * person who completed the review (it runs in their request, so the services authorise and audit them), and
 * stores the decision on the review.
 */
@Component("settlePaymentReviewDelegate")
class SettlePaymentReviewDelegate implements JavaDelegate {

    private final PaymentService payments;
    private final PaymentStore store;
    private final PaymentReviews reviews;
    private final AuditTrail audit;

    SettlePaymentReviewDelegate(PaymentService payments, PaymentStore store, PaymentReviews reviews, AuditTrail audit) {
        this.payments = payments;
        this.store = store;
        this.reviews = reviews;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String action = (String) execution.getVariable("action");
        String reviewKey = (String) execution.getVariable("reviewKey");
        String receipt = CheckPaymentReviewDecisionListener.text(execution.getVariable("receiptNumber"));
        String note = CheckPaymentReviewDecisionListener.text(execution.getVariable("note"));
        switch (action) {
            case "APPLY" -> {
                if (receipt == null) {
                    payments.checkStatus((String) execution.getVariable("orderId")); // missed by Arus: act on the gateway's word
                } else {
                    payments.applyHeld(receipt, note);
                }
            }
            case "REFUND" -> {
                Payment payment = store.byReceipt(receipt).orElseThrow();
                Money left = payment.amount().minus(payment.refunded());
                if (PaymentReviews.Kind.REFUND.name().equals(execution.getVariable("kind")) || left.rupiah() <= 0) {
                    // the gateway's own refund or chargeback raised this review: the money is back with the customer,
                    // so FINANCE confirms it; refunding again would fail, or after a partial refund return more
                    audit.record(AuditRecord.of("payment.refund.confirmed", PaymentService.subject(receipt))
                            .withAfter(payment.refunded()).withDetail(note));
                } else {
                    payments.refund(receipt, left, note);
                }
            }
            default -> { } // DISMISS: nothing changes but the review's record
        }
        reviews.decide(reviewKey, action, AuditRecord.currentActor(), note);
        audit.record(AuditRecord.of("payment.review.decided", "payment-review:" + reviewKey).withAfter(action).withDetail(note));
    }
}
