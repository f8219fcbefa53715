package id.arus.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code processes/operations/shift-handover.bpmn}, on the same database engine as
 * production (an embedded PostgreSQL), without the rest of Arus.
 */
class ShiftHandoverProcessTest {

    private static final String BPMN = "arus/processes/operations/shift-handover.bpmn";
    private static final EmbeddedPostgres postgres = start();
    // not final: the extension injects the engine it runs into ProcessEngine fields
    private static ProcessEngine engine = buildEngine();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
        }
    }

    private static ProcessEngine buildEngine() {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(postgres.getPostgresDatabase())
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setProcessEngineName("shift-handover-test");
        // as in application.yml: analysts need not put a history time-to-live on every process
        configuration.setEnforceHistoryTimeToLive(false);
        return configuration.buildProcessEngine();
    }

    @AfterAll
    static void stop() throws IOException {
        engine.close();
        postgres.close();
    }

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
