package id.arus.workflow;

import java.time.Instant;

/**
 * Narrows the inbox; every field is optional.
 *
 * @param processKey  the process definition key, e.g. {@code ShiftHandoverProcess}
 * @param dueFrom     due at or after this instant
 * @param dueBefore   due strictly before this instant
 * @param businessKey a part of the business key, case-sensitive as the engine stores it
 */
public record InboxFilter(String processKey, Instant dueFrom, Instant dueBefore, String businessKey) {

    public static InboxFilter all() {
        return new InboxFilter(null, null, null, null);
    }

    public InboxFilter withProcessKey(String key) {
        return new InboxFilter(key, dueFrom, dueBefore, businessKey);
    }

    public InboxFilter withBusinessKey(String key) {
        return new InboxFilter(processKey, dueFrom, dueBefore, key);
    }

    public InboxFilter withDue(Instant from, Instant before) {
        return new InboxFilter(processKey, from, before, businessKey);
    }
}
