package id.arus.subscription.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.arus.workflow.ProcessTestEngine;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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

/** Every path of {@code processes/subscription/onboarding.bpmn} (with the real activation as its call activity). */
class OnboardingProcessTest {

    private static final String ONBOARDING = "arus/processes/subscription/onboarding.bpmn";
    private static final String ACTIVATION = "arus/processes/subscription/service-activation.bpmn";
    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("onboarding-test",
            configuration -> configuration.setExpressionManager(new MockExpressionManager()));
    private static ProcessEngine engine = processes.engine();
    @RegisterExtension
    static ProcessEngineExtension extension = processes.extension();

    private RecordedSteps recorded;

    @BeforeEach
    void steps() {
        recorded = new RecordedSteps();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance registered(String number) {
        return engine.getRuntimeService().startProcessInstanceByKey(OnboardingVariables.PROCESS_KEY, number,
                Map.of(OnboardingVariables.SUBSCRIPTION_NUMBER, number, OnboardingVariables.CUSTOMER_CODE, "CUST-000042"));
    }

    private static Map<String, Object> installed() {
        return withVariables(OnboardingVariables.FEASIBLE, true, OnboardingVariables.INSTALLATION_DATE, new Date(0),
                OnboardingVariables.CPE_SERIAL, "ZTE123", OnboardingVariables.CPE_MODEL, "F660",
                OnboardingVariables.LATITUDE, "-6.9", OnboardingVariables.LONGITUDE, "107.6");
    }

    @Test
    @Deployment(resources = {ONBOARDING, ACTIVATION})
    void approvedAndFeasibleIsActivatedAndWelcomed() {
        ProcessInstance onboarding = registered("SUB-2026-000001");

        BpmnAwareTests.assertThat(task(onboarding)).hasDefinitionKey("Task_VerifyDocuments").hasCandidateGroup("CS")
                .hasName("Periksa dokumen CUST-000042 (SUB-2026-000001)");
        complete(task(onboarding), withVariables(OnboardingVariables.DOCUMENTS_APPROVED, true));
        BpmnAwareTests.assertThat(task(onboarding)).hasDefinitionKey("Task_SurveyAndInstall").hasCandidateGroup("TECHNICIAN");
        assertThat(task(onboarding).getDescription()).contains("/subscriptions/SUB-2026-000001", "INSTALLATION_PHOTO");
        complete(task(onboarding), installed());

        BpmnAwareTests.assertThat(onboarding).isWaitingAt("CallActivity_ServiceActivation");
        ProcessInstance activation = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ServiceActivationVariables.PROCESS_KEY).singleResult();
        assertThat(activation.getBusinessKey()).isEqualTo("SUB-2026-000001");
        execute(job(activation));
        execute(job(activation));
        execute(job(activation));
        BpmnAwareTests.assertThat(activation).isEnded();
        execute(job(onboarding));

        BpmnAwareTests.assertThat(onboarding).hasPassed("Task_RecordInstallation", "EndEvent_Active").isEnded()
                .variables().containsEntry(ServiceActivationVariables.NAS_ID, 7L);
        assertThat(recorded.steps).containsExactly("recordInstallation ZTE123", "placeOnNas 7", "generateCredentials",
                "assignAddress", "provisionSubscriber drop=false", "recordStatus ACTIVE", "notifyCustomer activated",
                "notifyCustomer welcome");
    }

    @Test
    @Deployment(resources = {ONBOARDING, ACTIVATION})
    void rejectedDocumentsEndTheSubscriptionWithTheReasonAndTellTheCustomer() {
        ProcessInstance onboarding = registered("SUB-2026-000002");
        complete(task(onboarding), withVariables(OnboardingVariables.DOCUMENTS_APPROVED, false,
                OnboardingVariables.DOCUMENTS_REASON, "KTP buram"));
        execute(job(onboarding));

        BpmnAwareTests.assertThat(onboarding).hasPassed("Task_RejectDocuments", "EndEvent_Rejected")
                .hasNotPassed("Task_SurveyAndInstall").isEnded();
        assertThat(recorded.steps).containsExactly("reject KTP buram", "notifyCustomer rejected");
    }

    @Test
    @Deployment(resources = {ONBOARDING, ACTIVATION})
    void aRejectionWithoutReasonIsRefusedAndTheTaskStays() {
        ProcessInstance onboarding = registered("SUB-2026-000003");
        String taskId = task(onboarding).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of(OnboardingVariables.DOCUMENTS_APPROVED, false)))
                .rootCause().isInstanceOfSatisfying(FormFieldValidatorException.class, e -> {
                    assertThat(e.getId()).isEqualTo(OnboardingVariables.DOCUMENTS_REASON);
                    assertThat(e.getName()).isEqualTo("required");
                });

        BpmnAwareTests.assertThat(onboarding).isWaitingAt("Task_VerifyDocuments");
        assertThat(recorded.steps).isEmpty();
    }

    @Test
    @Deployment(resources = {ONBOARDING, ACTIVATION})
    void aSiteThatCannotBeServedEndsRejectedWithTheTechniciansReason() {
        ProcessInstance onboarding = registered("SUB-2026-000004");
        complete(task(onboarding), withVariables(OnboardingVariables.DOCUMENTS_APPROVED, true));
        complete(task(onboarding), withVariables(OnboardingVariables.FEASIBLE, false,
                OnboardingVariables.FEASIBILITY_REASON, "Tidak ada tiang dalam 300 m"));
        execute(job(onboarding));

        BpmnAwareTests.assertThat(onboarding).hasPassed("Task_RejectNotFeasible", "EndEvent_Rejected")
                .hasNotPassed("CallActivity_ServiceActivation").isEnded();
        assertThat(recorded.steps).containsExactly("reject Tidak ada tiang dalam 300 m", "notifyCustomer rejected");
    }

    @Test
    @Deployment(resources = {ONBOARDING, ACTIVATION})
    void aCustomerMailThatKeepsFailingBecomesAnIncident() {
        recorded.fail("notifyCustomerDelegate", "SMTP refused");
        ProcessInstance onboarding = registered("SUB-2026-000005");
        complete(task(onboarding), withVariables(OnboardingVariables.DOCUMENTS_APPROVED, false,
                OnboardingVariables.DOCUMENTS_REASON, "Kontrak belum ditandatangani"));

        Jobs.failUntilIncident(engine, job(onboarding).getId(), "SMTP refused");

        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(onboarding.getId())
                .activityId("Task_SendRejectedMail").count()).isEqualTo(1);
    }
}
