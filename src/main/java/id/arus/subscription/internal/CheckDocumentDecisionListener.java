package id.arus.subscription.internal;

import static id.arus.subscription.internal.OnboardingVariables.DOCUMENTS_APPROVED;
import static id.arus.subscription.internal.OnboardingVariables.DOCUMENTS_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_VerifyDocuments} on completion: a rejection needs a reason the customer can act on. */
@Component("checkDocumentDecisionListener")
class CheckDocumentDecisionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable(DOCUMENTS_APPROVED)) && TaskValues.blank(task.getVariable(DOCUMENTS_REASON))) {
            throw TaskValues.refused(DOCUMENTS_REASON, "required");
        }
    }
}
