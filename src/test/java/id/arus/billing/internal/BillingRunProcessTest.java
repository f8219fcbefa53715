package id.arus.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.workflow.ProcessTestEngine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code processes/billing/billing-run.bpmn} on an embedded PostgreSQL, without the rest of
 * Arus: the daily timer, a day with nothing due, catching up two missed periods oldest first, and a run
 * that keeps failing becoming an incident. The two steps are replaced by delegates that answer from a
 * list and note which periods were run (the real ones are exercised by {@code BillingRunIT}).
 */
class BillingRunProcessTest {

    private static final String BPMN = "arus/processes/billing/billing-run.bpmn";
    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("billing-run-test",
            configuration -> configuration.setExpressionManager(new MockExpressionManager()));
    // not final: the extension injects the engine it runs into ProcessEngine fields
    private static ProcessEngine engine = processes.engine();

    @RegisterExtension
    static ProcessEngineExtension extension = processes.extension();

    /** The periods the find step answers with, one per call; then nothing. */
    private final Deque<String> due = new ArrayDeque<>();
    private final List<String> ran = new ArrayList<>();

    @BeforeEach
    void steps() {
        Mocks.register("billingRunSettings", new BillingRunSettings("R2/PT1M", 2000, 12));
        Mocks.register("findDueBillingPeriodDelegate", (JavaDelegate) execution ->
                execution.setVariable("periodStart", due.pollFirst()));
        Mocks.register("runBillingPeriodDelegate", (JavaDelegate) execution ->
                ran.add((String) execution.getVariable("periodStart")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    /** The timer's job fires as the job executor would at 01:00 and starts an instance. */
    private ProcessInstance fireDailyTimer() {
        Job timer = engine.getManagementService().createJobQuery().timers().singleResult();
        assertThat(timer).as("the deployment schedules the daily timer").isNotNull();
        engine.getManagementService().executeJob(timer.getId());
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("BillingRunProcess")
                .list().stream().map(h -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(h.getId())
                        .singleResult()).filter(p -> p != null).findFirst().orElse(null);
    }

    private List<String> passed() {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().orderPartiallyByOccurrence().asc().list()
                .stream().map(a -> a.getActivityId()).toList();
    }

    @Test
    @Deployment(resources = BPMN)
    void theTimerRunsDailyAtOneAndADayWithNothingDueEndsAtOnce() {
        Job timer = engine.getManagementService().createJobQuery().timers().singleResult();
        assertThat(timer.getDuedate()).isNotNull();
        assertThat(new java.text.SimpleDateFormat("HH:mm:ss").format(timer.getDuedate())).isEqualTo("01:00:00");

        ProcessInstance running = fireDailyTimer();

        assertThat(running).as("nothing due: the instance ended in the timer's job").isNull();
        assertThat(passed()).containsExactly("StartEvent_Daily", "Task_FindDuePeriod", "Gateway_PeriodDue", "EndEvent_AllBilled");
        assertThat(ran).isEmpty();
        assertThat(engine.getManagementService().createJobQuery().timers().count())
                .as("the next day's timer is scheduled").isEqualTo(1);
    }

    @Test
    @Deployment(resources = BPMN)
    void missedPeriodsAreRunOldestFirstEachInAJobOfItsOwn() {
        due.add("2026-10-01");
        due.add("2026-11-01");

        ProcessInstance instance = fireDailyTimer();

        assertThat(instance).isNotNull();
        assertThat(engine.getRuntimeService().getActiveActivityIds(instance.getId())).containsExactly("Task_RunBilling");
        for (int step = 0; step < 2; step++) {
            Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
            engine.getManagementService().executeJob(job.getId());
        }
        assertThat(ran).containsExactly("2026-10-01", "2026-11-01");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(passed()).containsSubsequence("Task_RunBilling", "Task_FindDuePeriod", "Task_RunBilling",
                "Task_FindDuePeriod", "EndEvent_AllBilled");
    }

    @Test
    @Deployment(resources = BPMN)
    void aRunThatKeepsFailingBecomesAnIncidentOnTheRunStep() {
        due.add("2026-12-01");
        Mocks.register("runBillingPeriodDelegate", (JavaDelegate) execution -> {
            throw new IllegalStateException("Billing run 7 for 2026-12-01 failed: disk full");
        });

        ProcessInstance instance = fireDailyTimer();
        String jobId = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult().getId();

        // R2/PT1M: the first attempt and two retries, then the engine gives up with an incident
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).hasMessageContaining("disk full");
        }
        assertThat(engine.getManagementService().createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
                .activityId("Task_RunBilling").singleResult().getIncidentMessage()).contains("disk full");
        assertThat(engine.getRuntimeService().getActiveActivityIds(instance.getId())).containsExactly("Task_RunBilling");
    }
}
