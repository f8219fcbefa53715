package id.arus.workflow;

import java.time.Instant;

/**
 * One human task as the inbox lists it.
 *
 * @param assignee     who holds it; null while it is offered to the group
 * @param assignedToMe whether the caller holds it
 */
public record InboxTask(String id, String name, String processKey, String processName, String businessKey,
                        Instant created, Instant due, String assignee, int priority, boolean assignedToMe) {

    public boolean claimed() {
        return assignee != null;
    }
}
