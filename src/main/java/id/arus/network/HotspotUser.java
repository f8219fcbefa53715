package id.arus.network;

/** A hotspot user. {@code profile} null means RouterOS's {@code default}. */
public record HotspotUser(String name, String password, String profile, boolean disabled, String comment) {
}
