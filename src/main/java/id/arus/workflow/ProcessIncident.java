package id.arus.workflow;

import java.time.Instant;

/**
 * A process step that kept failing: the engine ran out of retries for its job (or external task) and now
 * waits for a person. Retrying gives the step one more attempt.
 *
 * @param id           the engine's incident id
 * @param processKey   the process definition key, e.g. {@code ServiceActivationProcess}
 * @param processName  the process's name as drawn, else its key
 * @param businessKey  the aggregate number the process runs for; null when it was started without one
 * @param activityId   the BPMN element that failed
 * @param activityName its name as drawn, else its id
 * @param message      the last error (the exception message of the failed attempt)
 * @param time         when the incident was raised
 * @param failedJobId  the job to retry; for an external task, the external task's id
 */
public record ProcessIncident(String id, String processKey, String processName, String businessKey, String processInstanceId,
                              String activityId, String activityName, String message, Instant time, String failedJobId) {
}
