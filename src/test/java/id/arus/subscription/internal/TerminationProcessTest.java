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

/** Every path of {@code processes/subscription/termination.bpmn}. */
class TerminationProcessTest {

    private static final String BPMN = "arus/processes/subscription/termination.bpmn";
    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("TerminationProcessTest",
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
        return engine.getRuntimeService().startProcessInstanceByKey(TerminationVariables.PROCESS_KEY, number, variables);
    }

    @Test
    @Deployment(resources = BPMN)
    void terminationRemovesFromTheRouterReleasesTheAddressAndTellsTheCustomer() {
        ProcessInstance termination = start("SUB-2026-000030", Map.of(TerminationVariables.REASON, "Pindah rumah"));
        execute(job(termination));
        execute(job(termination));

        BpmnAwareTests.assertThat(termination).hasPassed("EndEvent_Terminated").isEnded();
        assertThat(recorded.steps).containsExactly("removeFromRouter nas=null", "releaseAddress", "recordStatus TERMINATED",
                "notifyCustomer terminated");
    }

    @Test
    @Deployment(resources = BPMN)
    void aRouterThatKeepsRefusingTheRemovalBecomesAnIncidentAndTheAddressStaysHeld() {
        recorded.fail("removeFromRouterDelegate", "router NAS 7 unreachable");
        ProcessInstance termination = start("SUB-2026-000031", Map.of(TerminationVariables.REASON, "Pindah rumah"));

        Jobs.failUntilIncident(engine, job(termination).getId(), "router NAS 7 unreachable");

        BpmnAwareTests.assertThat(termination).isWaitingAt("Task_RemoveFromRouter");
        assertThat(recorded.steps).isEmpty();
    }
}
