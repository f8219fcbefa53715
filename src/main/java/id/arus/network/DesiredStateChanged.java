package id.arus.network;

/**
 * Published (as a Spring application event, inside the changing transaction) whenever Arus's desired
 * state for a NAS changes, so the router can be brought in line without staff pressing "reconcile".
 */
public record DesiredStateChanged(long nasId) {
}
