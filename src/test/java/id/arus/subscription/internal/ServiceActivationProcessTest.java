package id.arus.subscription.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.arus.workflow.ProcessTestEngine;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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

/** Every path of {@code processes/subscription/service-activation.bpmn}. */
class ServiceActivationProcessTest {

    private static final String BPMN = "arus/processes/subscription/service-activation.bpmn";
    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("ServiceActivationProcessTest",
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

    private ProcessInstance start(String number, Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(ServiceActivationVariables.PROCESS_KEY, number, variables);
    }

    @Test
    @Deployment(resources = BPMN)
    void aPlacedSubscriptionIsProvisionedConfirmedAndActive() {
        ProcessInstance activation = start("SUB-2026-000010", Map.of());
        BpmnAwareTests.assertThat(activation).isWaitingAt("Task_PlaceOnNas");
        execute(job(activation));
        BpmnAwareTests.assertThat(activation).isWaitingAt("Task_ProvisionSubscriber");
        execute(job(activation));
        execute(job(activation));

        BpmnAwareTests.assertThat(activation).hasNotPassed("Task_ChooseNas").isEnded();
        assertThat(recorded.steps).containsExactly("placeOnNas 7", "generateCredentials", "assignAddress",
                "provisionSubscriber drop=false", "recordStatus ACTIVE", "notifyCustomer activated");
    }

    @Test
    @Deployment(resources = BPMN)
    void aSiteWithoutRoomAsksTheNocToChooseANasInsteadOfFailing() {
        recorded.placeOn(null);
        ProcessInstance activation = start("SUB-2026-000011", Map.of(OnboardingVariables.SUBSCRIPTION_NUMBER, "SUB-2026-000011"));
        execute(job(activation));

        BpmnAwareTests.assertThat(activation).isWaitingAt("Task_ChooseNas");
        BpmnAwareTests.assertThat(task(activation)).hasCandidateGroup("NOC").hasName("Pilih NAS untuk SUB-2026-000011");
        assertThat(task(activation).getDescription()).contains("site Bandung is full");
        complete(task(activation), withVariables(ServiceActivationVariables.CHOSEN_NAS_ID, 3L));
        execute(job(activation));
        execute(job(activation));
        execute(job(activation));

        BpmnAwareTests.assertThat(activation).hasPassed("Task_ChooseNas", "EndEvent_Active").isEnded()
                .variables().containsEntry(ServiceActivationVariables.NAS_ID, 3L);
        assertThat(recorded.steps).containsExactly("placeOnNas null", "placeOnNas 3", "generateCredentials", "assignAddress",
                "provisionSubscriber drop=false", "recordStatus ACTIVE", "notifyCustomer activated");
    }

    @Test
    @Deployment(resources = BPMN)
    void aRouterThatKeepsRefusingBecomesAnIncidentAndTheSubscriptionIsNotActive() {
        recorded.fail("provisionSubscriberDelegate", "router NAS 7 unreachable");
        ProcessInstance activation = start("SUB-2026-000012", Map.of());
        execute(job(activation));

        Jobs.failUntilIncident(engine, job(activation).getId(), "router NAS 7 unreachable");

        BpmnAwareTests.assertThat(activation).isWaitingAt("Task_ProvisionSubscriber").hasNotPassed("Task_MarkActive");
        assertThat(recorded.steps).doesNotContain("recordStatus ACTIVE");
    }
}
