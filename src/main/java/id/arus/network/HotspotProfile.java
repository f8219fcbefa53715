package id.arus.network;

/**
 * A hotspot user profile.
 *
 * @param rateLimit   same syntax as {@link PppProfile#rateLimit()}, or null for no limit
 * @param sharedUsers how many devices may log in with one account at once; null means RouterOS's default (1)
 */
public record HotspotProfile(String name, String rateLimit, Integer sharedUsers, String comment) {
}
