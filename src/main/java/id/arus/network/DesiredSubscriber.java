package id.arus.network;

import java.util.List;

/**
 * One subscriber in a NAS's desired state, as {@link SubscriberMoves} groups it: a PPP secret or hotspot
 * user, plus the simple queue of the same name and the address-list entries whose comment is the name.
 *
 * @param kind          {@link DesiredKind#PPP_SECRET} or {@link DesiredKind#HOTSPOT_USER}
 * @param queue         the max-limit of the subscriber's simple queue, or null when it has none
 * @param addressLists  the address-list entries that belong to the subscriber, as {@code list address}
 */
public record DesiredSubscriber(long nasId, String name, DesiredKind kind, String profile, boolean disabled,
                                String queue, List<String> addressLists) {

    public DesiredSubscriber {
        addressLists = List.copyOf(addressLists);
    }
}
