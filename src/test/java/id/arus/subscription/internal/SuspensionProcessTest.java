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

/** Every path of {@code processes/subscription/suspension.bpmn}. */
class SuspensionProcessTest {

    private static final String BPMN = "arus/processes/subscription/suspension.bpmn";
    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("SuspensionProcessTest",
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
        return engine.getRuntimeService().startProcessInstanceByKey(SuspensionVariables.PROCESS_KEY, number, variables);
    }

    private ProcessInstance suspended(String number) {
        ProcessInstance suspension = start(number, Map.of(SuspensionVariables.REASON, "NON_PAYMENT", SuspensionVariables.NOTE, ""));
        execute(job(suspension));
        return suspension;
    }

    private void message(String name, String number) {
        engine.getRuntimeService().createMessageCorrelation(name).processInstanceBusinessKey(number).correlate();
    }

    @Test
    @Deployment(resources = BPMN)
    void isolationWaitsForUnsuspensionThenRestoresThePlan() {
        ProcessInstance suspension = suspended("SUB-2026-000020");
        BpmnAwareTests.assertThat(suspension).isWaitingAt("Task_SendSuspendedMail", "Gateway_WhatNext");
        execute(job(suspension));
        BpmnAwareTests.assertThat(suspension).isWaitingAt("Gateway_WhatNext");

        message(SuspensionVariables.MSG_UNSUSPEND, "SUB-2026-000020");
        BpmnAwareTests.assertThat(suspension).isWaitingAt("Task_RestoreService");
        execute(job(suspension));
        execute(job(suspension));

        BpmnAwareTests.assertThat(suspension).hasPassed("EndEvent_Restored").hasNotPassed("EndEvent_Terminated").isEnded();
        assertThat(recorded.steps).containsExactly("isolate true", "provisionSubscriber drop=true", "recordStatus SUSPENDED",
                "notifyCustomer suspended", "isolate false", "provisionSubscriber drop=true", "recordStatus ACTIVE",
                "notifyCustomer unsuspended");
    }

    @Test
    @Deployment(resources = BPMN)
    void terminationDuringIsolationEndsTheSuspension() {
        ProcessInstance suspension = suspended("SUB-2026-000021");

        message(SuspensionVariables.MSG_TERMINATE, "SUB-2026-000021");

        BpmnAwareTests.assertThat(suspension).hasPassed("EndEvent_Terminated").hasNotPassed("Task_RestoreService").isEnded();
        assertThat(recorded.steps).containsExactly("isolate true", "provisionSubscriber drop=true", "recordStatus SUSPENDED");
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    @Deployment(resources = BPMN)
    void anIsolationTheRouterKeepsRefusingBecomesAnIncident() {
        recorded.fail("provisionSubscriberDelegate", "router refused profile arus-isolir");
        ProcessInstance suspension = start("SUB-2026-000022", Map.of(SuspensionVariables.REASON, "ABUSE"));

        Jobs.failUntilIncident(engine, job(suspension).getId(), "router refused profile arus-isolir");

        BpmnAwareTests.assertThat(suspension).isWaitingAt("Task_IsolateSubscriber");
        assertThat(recorded.steps).doesNotContain("recordStatus SUSPENDED");
    }

    @Test
    @Deployment(resources = BPMN)
    void aRestoreTheRouterKeepsRefusingBecomesAnIncidentAndStaysSuspended() {
        ProcessInstance suspension = suspended("SUB-2026-000023");
        execute(job(suspension));
        recorded.fail("provisionSubscriberDelegate", "router NAS 7 unreachable");
        message(SuspensionVariables.MSG_UNSUSPEND, "SUB-2026-000023");

        Jobs.failUntilIncident(engine, job(suspension).getId(), "router NAS 7 unreachable");

        BpmnAwareTests.assertThat(suspension).isWaitingAt("Task_RestoreService");
        assertThat(recorded.steps).doesNotContain("recordStatus ACTIVE");
    }
}
