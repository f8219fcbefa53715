package id.arus.network;

/**
 * The RouterOS menus whose entries Arus owns (the desired state), in the order a reconcile adds them:
 * profiles first, because secrets and users name them; removals run the other way round.
 */
public enum DesiredKind {
    PPP_PROFILE("/ppp/profile"),
    HOTSPOT_PROFILE("/ip/hotspot/user/profile"),
    PPP_SECRET("/ppp/secret"),
    HOTSPOT_USER("/ip/hotspot/user"),
    SIMPLE_QUEUE("/queue/simple"),
    ADDRESS_LIST("/ip/firewall/address-list");

    private final String path;

    DesiredKind(String path) {
        this.path = path;
    }

    /** The RouterOS menu, e.g. {@code /ppp/secret}. */
    public String path() {
        return path;
    }

    /** Profiles are referenced by the entries of other kinds, so they are added first and removed last. */
    public boolean isProfile() {
        return this == PPP_PROFILE || this == HOTSPOT_PROFILE;
    }
}
