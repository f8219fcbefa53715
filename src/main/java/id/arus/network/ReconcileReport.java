package id.arus.network;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one reconcile of a NAS did.
 *
 * @param added     entries created on the router
 * @param changed   entries whose fields were set (only the differing fields are sent)
 * @param removed   managed entries removed because they are no longer desired
 * @param kicked    live sessions removed from /ppp/active so a change takes effect now
 * @param commands  commands sent that change the router (zero when it already matched; reads not counted)
 * @param unmanaged names on the router without Arus's marker, left alone
 * @param conflicts desired names held by an unmanaged entry on the router, not touched
 * @param failures  the router's messages for commands it refused (each names the command)
 * @param error     why the reconcile could not run (router unreachable, ...), or null
 * @param byKind    the counts per managed menu (empty when the reconcile could not run)
 */
public record ReconcileReport(long nasId, Instant reconciledAt, int added, int changed, int removed, int kicked,
                              int commands, List<String> unmanaged, List<String> conflicts, List<String> failures,
                              Duration duration, String error, Map<DesiredKind, Counts> byKind) {

    public ReconcileReport {
        unmanaged = List.copyOf(unmanaged);
        conflicts = List.copyOf(conflicts);
        failures = List.copyOf(failures);
        byKind = Map.copyOf(byKind);
    }

    /** What one reconcile did in one menu. */
    public record Counts(int added, int changed, int removed) {
    }

    /** The router matched the desired state already (or now does) and nothing failed. */
    public boolean inSync() {
        return error == null && failures.isEmpty() && conflicts.isEmpty();
    }

    /** What is kept of the last reconcile per NAS (counts only), for the drift view. */
    public record Summary(long nasId, Instant reconciledAt, int added, int changed, int removed, int kicked,
                          int unmanaged, int conflicts, int failed, Duration duration, String error) {
    }
}
