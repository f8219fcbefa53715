package id.arus.network;

/**
 * An ODP was removed. The network module cannot see which subscriptions name it (the subscription module
 * keeps the ODP id), so it announces the removal and the owner of those references clears them.
 */
public record DistributionPointRemoved(long id, String code, long nasId) {
}
