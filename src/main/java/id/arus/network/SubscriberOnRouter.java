package id.arus.network;

/**
 * What one router holds for one subscriber right after {@link SubscriberProvisioning} touched it.
 *
 * @param present  whether the secret or hotspot user exists
 * @param profile  its profile on the router, or null when absent
 * @param disabled whether it is disabled on the router
 */
public record SubscriberOnRouter(long nasId, String name, boolean present, String profile, boolean disabled) {
}
