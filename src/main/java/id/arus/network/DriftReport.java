package id.arus.network;

import java.time.Instant;
import java.util.List;

/**
 * How a router differs from the {@link DesiredState} right now, read without changing anything, and how
 * its last reconcile went. Passwords never appear: a changed password shows only as the field name.
 *
 * @param toAdd         desired secrets the router lacks
 * @param toChange      managed secrets with fields that differ
 * @param toRemove      managed secrets on the router that are no longer desired
 * @param unmanaged     names on the router without Arus's marker; a reconcile leaves them alone
 * @param conflicts     desired names held by an unmanaged entry; a reconcile does not touch them
 * @param lastReconcile the last reconcile of the NAS, or null if it never ran
 * @param error         why the router could not be read, or null
 * @param unreachable   the error is that the router could not be reached (rather than e.g. a refused login)
 */
public record DriftReport(long nasId, String nasName, Instant checkedAt, List<String> toAdd, List<Change> toChange,
                          List<String> toRemove, List<String> unmanaged, List<String> conflicts,
                          ReconcileReport.Summary lastReconcile, String error, boolean unreachable) {

    public DriftReport {
        toAdd = List.copyOf(toAdd);
        toChange = List.copyOf(toChange);
        toRemove = List.copyOf(toRemove);
        unmanaged = List.copyOf(unmanaged);
        conflicts = List.copyOf(conflicts);
    }

    /** One managed secret whose fields differ, with the RouterOS names of those fields. */
    public record Change(String name, List<String> fields) {

        public Change {
            fields = List.copyOf(fields);
        }
    }

    /** What a reconcile would change or could not resolve; unmanaged entries are not differences. */
    public int differences() {
        return toAdd.size() + toChange.size() + toRemove.size() + conflicts.size();
    }

    /** The router was read and matches the desired state. */
    public boolean inSync() {
        return error == null && differences() == 0;
    }
}
