package id.arus.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code processes/operations/shift-handover.bpmn}, on the same database engine as
 * production (an embedded PostgreSQL), without the rest of Arus.
 */
class ShiftHandoverProcessTest {

    private static final String BPMN = "arus/processes/operations/shift-handover.bpmn";
    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("shift-handover-test");
    // not final: the extension injects the engine it runs into ProcessEngine fields
    private static ProcessEngine engine = processes.engine();

    @RegisterExtension
    static ProcessEngineExtension extension = processes.extension();

    @Test
    @Deployment(resources = BPMN)
    void endsRightAfterTheHandoverWhenNoIncidentIsOpen() {
        ProcessInstance handover = engine.getRuntimeService()
                .startProcessInstanceByKey("ShiftHandoverProcess", "SHIFT-2026-11-30-PAGI");

        assertThat(handover).isWaitingAt("Task_WriteHandover");
        assertThat(task()).hasCandidateGroup("NOC").isNotAssigned();
        org.assertj.core.api.Assertions.assertThat(task().getDueDate()).isAfter(new Date());

        complete(task(), withVariables("summary", "Semua link normal", "openIncidents", 0L));

        assertThat(handover).hasPassed("Gateway_OpenIncidents").hasNotPassed("Task_ReviewOpenIncidents")
                .isEnded();
    }

    @Test
    @Deployment(resources = BPMN)
    void nextShiftReviewsOpenIncidentsBeforeTheHandoverEnds() {
        ProcessInstance handover = engine.getRuntimeService()
                .startProcessInstanceByKey("ShiftHandoverProcess", "SHIFT-2026-11-30-SIANG");
        assertThat(handover).isWaitingAt("Task_WriteHandover");
        complete(task(), withVariables("summary", "OLT Cibubur down", "openIncidents", 2L));

        assertThat(handover).isWaitingAt("Task_ReviewOpenIncidents");
        assertThat(task()).hasCandidateGroup("NOC");
        assertThat(handover).variables().containsEntry("summary", "OLT Cibubur down");

        complete(task(), withVariables("incidentsAcknowledged", true));

        assertThat(handover).hasPassed("Task_ReviewOpenIncidents", "EndEvent_HandedOver").isEnded();
    }
}
