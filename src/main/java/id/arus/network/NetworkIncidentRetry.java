package id.arus.network;

import java.util.List;

/**
 * What a "retry now" did: the reconcile's report when the router was reached, why it failed otherwise, and
 * the incident as it stands afterwards (resolved when the reconcile went through).
 *
 * @param report   the reconcile's report, or null when it could not run
 * @param error    why it could not run (the router's words), or null
 * @param refused  the router's messages for commands it refused; empty when none
 * @param incident the incident after the retry
 */
public record NetworkIncidentRetry(ReconcileReport report, String error, List<String> refused, NetworkIncident incident) {

    public NetworkIncidentRetry {
        refused = List.copyOf(refused);
    }

    /** The reconcile ran and the router took every command. */
    public boolean succeeded() {
        return error == null && refused.isEmpty();
    }
}
