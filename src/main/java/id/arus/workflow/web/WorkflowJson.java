package id.arus.workflow.web;

import id.arus.workflow.InboxTask;
import id.arus.workflow.ProcessIncident;
import id.arus.workflow.TaskDetails;
import id.arus.workflow.TaskFormField;
import id.arus.workflow.TaskHistoryEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the tasks and incidents API, apart from the module's records so the API stays stable. */
final class WorkflowJson {

    private WorkflowJson() {
    }

    @Schema(name = "Task")
    record TaskJson(String id, String name, String processKey, String processName, String businessKey, Instant created,
                    Instant due, String assignee, int priority, boolean assignedToMe) {
        static TaskJson of(InboxTask t) {
            return new TaskJson(t.id(), t.name(), t.processKey(), t.processName(), t.businessKey(), t.created(), t.due(),
                    t.assignee(), t.priority(), t.assignedToMe());
        }
    }

    @Schema(name = "TaskFormField", description = "type is STRING, LONG, BOOLEAN, DATE (yyyy-MM-dd) or ENUM (one of options' keys)")
    record FieldJson(String id, String label, TaskFormField.Type type, Object value, boolean required, boolean readOnly,
                     Long min, Long max, Integer minLength, Integer maxLength, Map<String, String> options) {
        static FieldJson of(TaskFormField f) {
            return new FieldJson(f.id(), f.label(), f.type(), f.value(), f.required(), f.readOnly(), f.min(), f.max(),
                    f.minLength(), f.maxLength(), f.options());
        }
    }

    @Schema(name = "TaskDetails", description = "A task with its form (fields and current values) and its process's steps so far")
    record TaskDetailsJson(TaskJson task, String description, List<FieldJson> form, List<TaskHistoryEntry> history) {
        static TaskDetailsJson of(TaskDetails d) {
            return new TaskDetailsJson(TaskJson.of(d.task()), d.description(), d.form().stream().map(FieldJson::of).toList(),
                    d.history());
        }
    }

    @Schema(name = "ProcessIncident")
    record IncidentJson(String id, String processKey, String processName, String businessKey, String processInstanceId,
                        String activityId, String activityName, String message, Instant time, String failedJobId) {
        static IncidentJson of(ProcessIncident i) {
            return new IncidentJson(i.id(), i.processKey(), i.processName(), i.businessKey(), i.processInstanceId(),
                    i.activityId(), i.activityName(), i.message(), i.time(), i.failedJobId());
        }
    }
}
