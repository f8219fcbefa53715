package id.arus.network;

import java.util.Comparator;

/**
 * A router and the subscribers desired on it, ranked by room left.
 *
 * @param subscribers PPP secrets desired on it, including those of primaries it carries in a failover
 */
public record PlacementCandidate(Nas nas, int subscribers) {

    /**
     * Routers with a capacity first, the most room left first; then routers without a capacity, the
     * least loaded first. A router without a capacity is one nobody sized, so it is not assumed to be
     * the biggest: it takes subscribers once every sized router of the site is full. Ties go to the
     * lower id, so the choice is stable.
     */
    public static final Comparator<PlacementCandidate> MOST_ROOM_FIRST = Comparator
            .comparing((PlacementCandidate c) -> c.nas().capacity() == null)
            .thenComparing(c -> c.nas().capacity() == null ? c.subscribers() : -c.headroom())
            .thenComparingLong(c -> c.nas().id());

    /** Capacity minus subscribers (negative when over capacity); {@link Integer#MAX_VALUE} without a capacity. */
    public int headroom() {
        return nas.capacity() == null ? Integer.MAX_VALUE : nas.capacity() - subscribers;
    }

    /** Whether {@code more} subscribers still fit. */
    public boolean fits(int more) {
        return nas.capacity() == null || (long) subscribers + more <= nas.capacity();
    }
}
