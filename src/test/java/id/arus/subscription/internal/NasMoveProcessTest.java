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

/** Every path of {@code processes/subscription/nas-move.bpmn}. */
class NasMoveProcessTest {

    private static final String BPMN = "arus/processes/subscription/nas-move.bpmn";
    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("NasMoveProcessTest",
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
        return engine.getRuntimeService().startProcessInstanceByKey(NasMoveVariables.PROCESS_KEY, number, variables);
    }

    @Test
    @Deployment(resources = BPMN)
    void theSubscriberLeavesTheOldRouterAndIsProvisionedOnTheNewOne() {
        ProcessInstance move = start("SUB-2026-000050", Map.of(NasMoveVariables.SOURCE_NAS_ID, 1L, NasMoveVariables.TARGET_NAS_ID, 2L));
        execute(job(move));
        execute(job(move));
        execute(job(move));

        BpmnAwareTests.assertThat(move).hasPassed("EndEvent_Moved").isEnded();
        assertThat(recorded.steps).containsExactly("moveToNas 1->2", "removeFromRouter nas=1", "provisionSubscriber drop=false");
    }

    @Test
    @Deployment(resources = BPMN)
    void aNewRouterThatKeepsRefusingBecomesAnIncidentAfterTheOldOneWasCleared() {
        recorded.fail("provisionSubscriberDelegate", "router NAS 2 unreachable");
        ProcessInstance move = start("SUB-2026-000051", Map.of(NasMoveVariables.SOURCE_NAS_ID, 1L, NasMoveVariables.TARGET_NAS_ID, 2L));
        execute(job(move));
        execute(job(move));

        Jobs.failUntilIncident(engine, job(move).getId(), "router NAS 2 unreachable");

        BpmnAwareTests.assertThat(move).isWaitingAt("Task_ProvisionSubscriber");
        assertThat(recorded.steps).containsExactly("moveToNas 1->2", "removeFromRouter nas=1");
    }
}
