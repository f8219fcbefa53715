package id.arus.workflow;

import java.util.List;
import java.util.Map;

/**
 * The signed-in staff member's human tasks: those offered to one of their roles (BPMN candidate groups
 * are role names) and those assigned to them. Every method is for staff roles only; a task that is
 * neither offered to the caller's roles nor assigned to them is treated as if it did not exist, so the
 * inbox never reveals other teams' work.
 */
public interface TaskInbox {

    /** A page of the caller's tasks, most urgent first (due date, then newest). */
    List<InboxTask> tasks(InboxFilter filter, int offset, int limit);

    long count(InboxFilter filter);

    /** The processes that currently have tasks for the caller, for the filter choice. */
    List<ProcessOption> processes();

    /**
     * One task with its form and what happened in its process so far.
     *
     * @throws TaskNotAvailableException when it does not exist or is not the caller's
     */
    TaskDetails task(String taskId);

    /** Takes an offered task; claiming one's own task again changes nothing. */
    void claim(String taskId);

    /** Gives one's own task back to the group. */
    void unclaim(String taskId);

    /**
     * Completes the task with the values of its form fields (by field id). An offered task that nobody
     * holds is claimed first, so the trail shows who did it.
     *
     * @throws InvalidTaskFormException when a value is missing or out of range; nothing is changed then
     */
    void complete(String taskId, Map<String, Object> values);
}
