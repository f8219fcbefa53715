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

/** Every path of {@code processes/subscription/plan-change.bpmn}. */
class PlanChangeProcessTest {

    private static final String BPMN = "arus/processes/subscription/plan-change.bpmn";
    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("PlanChangeProcessTest",
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
        return engine.getRuntimeService().startProcessInstanceByKey(PlanChangeVariables.PROCESS_KEY, number, variables);
    }

    @Test
    @Deployment(resources = BPMN)
    void theNewPlanIsRecordedThenAppliedWithAReconnect() {
        ProcessInstance change = start("SUB-2026-000040", Map.of(PlanChangeVariables.PLAN_ID, 5L, PlanChangeVariables.PLAN_VERSION, 2));
        BpmnAwareTests.assertThat(change).isWaitingAt("Task_ProvisionSubscriber");
        execute(job(change));
        execute(job(change));

        BpmnAwareTests.assertThat(change).hasPassed("EndEvent_PlanChanged").isEnded();
        assertThat(recorded.steps).containsExactly("recordPlan 5 v2", "provisionSubscriber drop=true", "notifyCustomer planChanged");
    }

    @Test
    @Deployment(resources = BPMN)
    void aRouterThatKeepsRefusingTheNewProfileBecomesAnIncident() {
        recorded.fail("provisionSubscriberDelegate", "router refused rate-limit");
        ProcessInstance change = start("SUB-2026-000041", Map.of(PlanChangeVariables.PLAN_ID, 5L, PlanChangeVariables.PLAN_VERSION, 2));

        Jobs.failUntilIncident(engine, job(change).getId(), "router refused rate-limit");

        BpmnAwareTests.assertThat(change).isWaitingAt("Task_ProvisionSubscriber");
        assertThat(recorded.steps).containsExactly("recordPlan 5 v2");
    }
}
