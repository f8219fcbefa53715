package id.arus.network;

/**
 * An {@code /ip/firewall/address-list} entry, keyed by (list, address); e.g. the isolation list
 * {@code isolir} that firewall rules redirect to a "please pay" page.
 *
 * @param comment for a subscriber's entry, the subscriber's name (see {@link SubscriberMoves})
 */
public record AddressListEntry(String list, String address, String comment) {
}
