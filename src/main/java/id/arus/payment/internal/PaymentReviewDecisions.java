package id.arus.payment.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.payment.Payment;
import id.arus.shared.Money;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Carries out FINANCE's decision on a payment review, one method per branch of {@code PaymentReviewProcess}
 * ({@code Task_ApplyHeld}, {@code Task_Refund}, {@code Task_Dismiss}): the process's gateway has already chosen,
 * so nothing here asks again. Each runs as the person who completed the review (in their request, so the
 * services authorise and audit them) and stores the decision on the review. Public for the process's
 * expressions.
 */
@Component("paymentReviewDecisions")
public class PaymentReviewDecisions {

    private final PaymentService payments;
    private final PaymentStore store;
    private final PaymentReviews reviews;
    private final AuditTrail audit;

    PaymentReviewDecisions(PaymentService payments, PaymentStore store, PaymentReviews reviews, AuditTrail audit) {
        this.payments = payments;
        this.store = store;
        this.reviews = reviews;
        this.audit = audit;
    }

    /** APPLY: the held payment goes to its invoice; one the gateway has and Arus missed is fetched from the gateway. */
    public void apply(DelegateExecution execution) {
        String receipt = receipt(execution);
        if (receipt == null) {
            payments.checkStatus((String) execution.getVariable("orderId")); // acted on as the gateway's callback
        } else {
            payments.applyHeld(receipt, note(execution));
        }
        decided(execution, "APPLY");
    }

    /** REFUND: through the gateway, or a confirmation where the gateway has already returned the money. */
    public void refund(DelegateExecution execution) {
        String receipt = receipt(execution);
        Payment payment = store.byReceipt(receipt).orElseThrow();
        Money left = payment.amount().minus(payment.refunded());
        if (PaymentReviews.Kind.REFUND.name().equals(execution.getVariable("kind")) || left.rupiah() <= 0) {
            // the gateway's own refund or chargeback raised this review: the money is back with the customer, so
            // FINANCE confirms it; refunding again would fail, or after a partial refund return more
            audit.record(AuditRecord.of("payment.refund.confirmed", PaymentService.subject(receipt))
                    .withAfter(payment.refunded()).withDetail(note(execution)));
        } else {
            payments.refund(receipt, left, note(execution));
        }
        decided(execution, "REFUND");
    }

    /** DISMISS: nothing changes but the review's record. */
    public void dismiss(DelegateExecution execution) {
        decided(execution, "DISMISS");
    }

    private void decided(DelegateExecution execution, String decision) {
        String reviewKey = (String) execution.getVariable("reviewKey");
        String note = note(execution);
        reviews.decide(reviewKey, decision, AuditRecord.currentActor(), note);
        audit.record(AuditRecord.of("payment.review.decided", "payment-review:" + reviewKey).withAfter(decision).withDetail(note));
    }

    private static String receipt(DelegateExecution execution) {
        return CheckPaymentReviewDecisionListener.text(execution.getVariable("receiptNumber"));
    }

    private static String note(DelegateExecution execution) {
        return CheckPaymentReviewDecisionListener.text(execution.getVariable("note"));
    }
}
