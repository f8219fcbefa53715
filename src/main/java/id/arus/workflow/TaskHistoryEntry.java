package id.arus.workflow;

import java.time.Instant;

/**
 * One step of a process instance from the engine's history.
 *
 * @param type     the BPMN element type, e.g. {@code userTask}, {@code startEvent}
 * @param ended    null while the step is still open
 * @param assignee who held it, for human tasks
 */
public record TaskHistoryEntry(String name, String type, Instant started, Instant ended, String assignee) {
}
