package id.arus.subscription.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;

/** Running a failing job the way the job executor would, until the engine gives up. */
final class Jobs {

    /** More runs than any retry cycle of the tests (R2). */
    private static final int MAX_RUNS = 10;

    private Jobs() {
    }

    /** Runs the job until its retries are used up; each run must fail with the message. */
    static void failUntilIncident(ProcessEngine engine, String jobId, String message) {
        var management = engine.getManagementService();
        int runs = 0;
        while (runs < MAX_RUNS && management.createJobQuery().jobId(jobId).singleResult().getRetries() > 0) {
            assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining(message);
            runs++;
        }
        assertThat(runs).as("runs before the incident: the first and the retries of the cycle").isBetween(2, 3);
        assertThat(management.createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(jobId).singleResult()
                .getIncidentMessage()).contains(message);
    }
}
