package id.arus.network;

/**
 * A PPP profile: a plan's speed as a RouterOS rate limit and where the subscriber's addresses come from.
 *
 * @param rateLimit     {@code rx/tx} with optional burst, e.g. {@code 10M/20M} or {@code 10M/20M 15M/25M 8M/16M 8/8 5 5M/10M}
 * @param localAddress  the router's end of the link: an address or a pool name, or null
 * @param remoteAddress the subscriber's end: an address or a pool name, or null
 * @param addressList   firewall address list(s), comma separated, that every session of the profile is put in
 *                      while it lasts (RouterOS's profile property {@code address-list}), e.g. {@code isolir}
 *                      for the profile of suspended subscribers; null for none
 */
public record PppProfile(String name, String rateLimit, String localAddress, String remoteAddress, String comment,
                         String addressList) {

    /** A profile that puts its sessions in no address list. */
    public PppProfile(String name, String rateLimit, String localAddress, String remoteAddress, String comment) {
        this(name, rateLimit, localAddress, remoteAddress, comment, null);
    }
}
