package id.arus.workflow;

import java.util.List;

/**
 * A task opened on its own page.
 *
 * @param form    the fields analysts declared on the task ({@code camunda:formData}), in their order
 * @param history the steps of the process instance so far, oldest first
 */
public record TaskDetails(InboxTask task, String description, List<TaskFormField> form, List<TaskHistoryEntry> history) {
}
