package id.arus.network;

/**
 * The result of reconciling one NAS as part of {@link Drift#reconcileAll()}: either the report or why it
 * could not run, so one failing router is reported next to the others instead of stopping them.
 *
 * @param report      what the reconcile did, or null if it failed
 * @param error       why it failed, or null
 * @param unreachable the failure is that the router could not be reached (worth retrying later)
 * @param loginRefused the router refused Arus's credentials (retrying will not help)
 */
public record ReconcileOutcome(long nasId, String nasName, ReconcileReport report, String error, boolean unreachable,
                               boolean loginRefused) {

    public boolean succeeded() {
        return error == null;
    }
}
