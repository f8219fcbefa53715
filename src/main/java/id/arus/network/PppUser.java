package id.arus.network;

/**
 * A PPP user (secret) as it is on a router.
 *
 * @param remoteAddress a fixed address for the subscriber, or null to take one from the profile's pool
 */
public record PppUser(String name, String password, String profile, String service, String remoteAddress,
                      boolean disabled, String comment) {

    public static PppUser pppoe(String name, String password, String profile) {
        return new PppUser(name, password, profile, "pppoe", null, false, null);
    }
}
