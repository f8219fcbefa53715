package id.arus.payment.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.springframework.stereotype.Component;

/**
 * {@code Task_Review} on completion: APPLY and REFUND need a payment (a review of an unknown order has none;
 * a payment the gateway has but Arus missed may be applied: it is fetched from the gateway),
 * and a refund or a dismissal needs a note saying why; otherwise the task stays open with the field marked.
 */
@Component("checkPaymentReviewDecisionListener")
class CheckPaymentReviewDecisionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String decision = text(task.getVariable("decision"));
        boolean hasPayment = text(task.getVariable("receiptNumber")) != null;
        // a payment the gateway has and Arus missed is applied by asking the gateway again (as a callback)
        boolean gatewayHasIt = "GATEWAY_PAID_ARUS_NOT".equals(task.getVariable("kind"));
        if (("APPLY".equals(decision) && !hasPayment && !gatewayHasIt) || ("REFUND".equals(decision) && !hasPayment)) {
            throw refused("decision", "required");
        }
        if (!"APPLY".equals(decision) && text(task.getVariable("note")) == null) {
            throw refused("note", "required");
        }
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static FormFieldValidatorException refused(String field, String constraint) {
        return new FormFieldValidatorException(field, constraint, null, null, "Field " + field + " is refused: " + constraint);
    }
}
