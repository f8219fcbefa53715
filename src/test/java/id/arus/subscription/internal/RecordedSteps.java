package id.arus.subscription.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The subscription processes' delegates replaced by recorders for process tests: each step notes its name
 * and the local input it got ({@code provisionSubscriber drop=true}, {@code recordStatus ACTIVE},
 * {@code notifyCustomer welcome}), so a test asserts which steps ran in which order. A test replaces one
 * with {@link #fail} to see the engine's retries and incident.
 */
final class RecordedSteps {

    final List<String> steps = new ArrayList<>();

    RecordedSteps() {
        Mocks.register("subscriptionRetries", Map.of("cycle", "R2/PT1S"));
        record("rejectSubscriptionDelegate", e -> "reject " + e.getVariable(OnboardingVariables.REJECTION_REASON));
        record("recordInstallationDelegate", e -> "recordInstallation " + e.getVariable(OnboardingVariables.CPE_SERIAL));
        record("generateCredentialsDelegate", e -> "generateCredentials");
        record("assignAddressDelegate", e -> "assignAddress");
        record("provisionSubscriberDelegate", e -> "provisionSubscriber drop=" + e.getVariableLocal(StepVariables.DROP_SESSION));
        record("recordStatusDelegate", e -> "recordStatus " + e.getVariableLocal(StepVariables.STATUS));
        record("notifyCustomerDelegate", e -> "notifyCustomer " + e.getVariableLocal(StepVariables.MESSAGE));
        record("isolateSubscriberDelegate", e -> "isolate " + e.getVariableLocal(SuspensionVariables.ISOLATED));
        record("removeFromRouterDelegate", e -> "removeFromRouter nas=" + e.getVariableLocal(StepVariables.NAS_ID));
        record("releaseAddressDelegate", e -> "releaseAddress");
        record("recordPlanDelegate", e -> "recordPlan " + e.getVariable(PlanChangeVariables.PLAN_ID) + " v"
                + e.getVariable(PlanChangeVariables.PLAN_VERSION));
        record("moveToNasDelegate", e -> "moveToNas " + e.getVariable(NasMoveVariables.SOURCE_NAS_ID) + "->"
                + e.getVariable(NasMoveVariables.TARGET_NAS_ID));
        // placement answers with the NAS staff pinned or chose; a test can make it fail to place
        placeOn(7L);
        Mocks.register("checkDocumentDecisionListener", new CheckDocumentDecisionListener());
        Mocks.register("checkInstallationListener", (TaskListener) task -> { });
    }

    interface Note {
        String of(DelegateExecution execution);
    }

    void record(String bean, Note note) {
        Mocks.register(bean, (JavaDelegate) execution -> steps.add(note.of(execution)));
    }

    /** Placement finds that NAS, or none (the NOC must choose) when null, unless the NOC already chose one. */
    void placeOn(Long nasId) {
        Mocks.register("placeOnNasDelegate", (JavaDelegate) execution -> {
            Object chosen = execution.getVariable(ServiceActivationVariables.CHOSEN_NAS_ID);
            Long placed = chosen instanceof Number n ? Long.valueOf(n.longValue()) : nasId;
            steps.add("placeOnNas " + placed);
            execution.removeVariable(ServiceActivationVariables.CHOSEN_NAS_ID);
            execution.setVariable(ServiceActivationVariables.PLACEMENT_PROBLEM, placed == null ? "site Bandung is full" : null);
            if (placed != null) {
                execution.setVariable(ServiceActivationVariables.NAS_ID, placed);
            }
        });
    }

    void fail(String bean, String message) {
        Mocks.register(bean, (JavaDelegate) execution -> {
            throw new IllegalStateException(message);
        });
    }
}
