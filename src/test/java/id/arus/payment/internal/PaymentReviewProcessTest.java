package id.arus.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.arus.workflow.ProcessTestEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code processes/payment/payment-review.bpmn}: apply, refund, dismiss, and the refusals. */
class PaymentReviewProcessTest {

    private static final String BPMN = "arus/processes/payment/payment-review.bpmn";
    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("PaymentReviewProcessTest",
            configuration -> configuration.setExpressionManager(new MockExpressionManager()));
    private static ProcessEngine engine = processes.engine();
    @RegisterExtension
    static ProcessEngineExtension extension = processes.extension();

    private final List<String> settled = new ArrayList<>();

    /** Stands in for {@link PaymentReviewDecisions}: notes which branch ran, for which payment, with which note. */
    public final class RecordedDecisions {

        public void apply(DelegateExecution execution) {
            record("APPLY", execution);
        }

        public void refund(DelegateExecution execution) {
            record("REFUND", execution);
        }

        public void dismiss(DelegateExecution execution) {
            record("DISMISS", execution);
        }

        private void record(String decision, DelegateExecution execution) {
            settled.add(decision + " " + execution.getVariable("receiptNumber") + " " + execution.getVariable("note"));
        }
    }

    @BeforeEach
    void delegates() {
        Mocks.register("checkPaymentReviewDecisionListener", new CheckPaymentReviewDecisionListener());
        Mocks.register("paymentReviewDecisions", new RecordedDecisions());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance raise(String kind, String orderId, String receipt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewKey", "paid:" + orderId);
        variables.put("kind", kind);
        variables.put("gateway", "MIDTRANS");
        variables.put("orderId", orderId);
        variables.put("receiptNumber", receipt);
        variables.put("detail", orderId + " paid Rp 90.000 for a checkout of Rp 100.000");
        return engine.getRuntimeService().startProcessInstanceByKey(PaymentReviews.PROCESS, orderId, variables);
    }

    private void decide(ProcessInstance review, String decision, String note) {
        Map<String, Object> values = new HashMap<>();
        values.put("decision", decision);
        values.put("note", note);
        engine.getFormService().submitTaskForm(task(review).getId(), values);
    }

    @Test
    @Deployment(resources = BPMN)
    void financeSeesTheReviewAndApplyingTheHeldPaymentSettlesIt() {
        ProcessInstance review = raise("AMOUNT_MISMATCH", "INV-2026-11-000001-1", "PAY-2026-11-000001");

        BpmnAwareTests.assertThat(review).isWaitingAt("Task_Review");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("FINANCE").count()).isEqualTo(1);
        assertThat(task(review).getName()).contains("INV-2026-11-000001-1").contains("AMOUNT_MISMATCH");
        decide(review, "APPLY", "");

        BpmnAwareTests.assertThat(review).hasPassed("Task_ApplyHeld", "EndEvent_Applied").isEnded();
        assertThat(settled).containsExactly("APPLY PAY-2026-11-000001 ");
    }

    @Test
    @Deployment(resources = BPMN)
    void refundingGoesThroughTheRefundStepWithTheNote() {
        ProcessInstance review = raise("AMOUNT_MISMATCH", "INV-2026-11-000002-1", "PAY-2026-11-000002");
        decide(review, "REFUND", "Customer paid the wrong amount");

        BpmnAwareTests.assertThat(review).hasPassed("Task_Refund", "EndEvent_Refunded").isEnded();
        assertThat(settled).containsExactly("REFUND PAY-2026-11-000002 Customer paid the wrong amount");
    }

    @Test
    @Deployment(resources = BPMN)
    void dismissingChangesNothingButKeepsTheNote() {
        ProcessInstance review = raise("UNKNOWN_ORDER", "TEST-ORDER-9", "");
        decide(review, "DISMISS", "Test transaction from the gateway dashboard");

        BpmnAwareTests.assertThat(review).hasPassed("Task_Dismiss", "EndEvent_Dismissed").isEnded();
        assertThat(settled).containsExactly("DISMISS  Test transaction from the gateway dashboard");
    }

    @Test
    @Deployment(resources = BPMN)
    void applyingOrRefundingWithoutAPaymentIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance review = raise("UNKNOWN_ORDER", "TEST-ORDER-10", "");

        assertThatThrownBy(() -> decide(review, "APPLY", "")).hasRootCauseInstanceOf(FormFieldValidatorException.class);
        assertThatThrownBy(() -> decide(review, "REFUND", "why")).hasRootCauseInstanceOf(FormFieldValidatorException.class);

        BpmnAwareTests.assertThat(review).isWaitingAt("Task_Review");
        assertThat(settled).isEmpty();
    }

    @Test
    @Deployment(resources = BPMN)
    void dismissingOrRefundingWithoutANoteIsRefused() {
        ProcessInstance review = raise("REFUND", "INV-2026-11-000003-1", "PAY-2026-11-000003");

        assertThatThrownBy(() -> decide(review, "DISMISS", " ")).hasRootCauseInstanceOf(FormFieldValidatorException.class);
        assertThatThrownBy(() -> decide(review, "REFUND", null)).hasRootCauseInstanceOf(FormFieldValidatorException.class);

        BpmnAwareTests.assertThat(review).isWaitingAt("Task_Review");
        assertThat(settled).isEmpty();
    }

    @Test
    @Deployment(resources = BPMN)
    void aPaymentTheGatewayHasButArusMissedMayBeAppliedWithoutAReceipt() {
        ProcessInstance review = raise("GATEWAY_PAID_ARUS_NOT", "INV-2026-11-000004-1", "");
        decide(review, "APPLY", "");

        BpmnAwareTests.assertThat(review).hasPassed("Task_ApplyHeld", "EndEvent_Applied").isEnded();
        assertThat(settled).containsExactly("APPLY  ");
    }
}
