package id.arus.workflow;

/** The task cannot be acted on by the caller; the reason says why, in terms the screen can translate. */
public class TaskNotAvailableException extends RuntimeException {

    public enum Reason {
        /** Gone (completed, cancelled) or never the caller's to see. */
        NOT_FOUND,
        /** Someone else holds it. */
        CLAIMED_BY_OTHER,
        /** Only the holder may give it back. */
        NOT_ASSIGNED_TO_YOU
    }

    private final String taskId;
    private final Reason reason;

    public TaskNotAvailableException(String taskId, Reason reason) {
        super("Task " + taskId + ": " + reason);
        this.taskId = taskId;
        this.reason = reason;
    }

    public String taskId() {
        return taskId;
    }

    public Reason reason() {
        return reason;
    }
}
