package id.arus.mapping.ui;

import id.arus.subscription.SubscriptionStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the topology tree. Groups (router, distribution point, "none") count the subscriptions
 * below them by status; a subscription row counts itself.
 *
 * @param state    the router's last known status or the subscription's status, as a message key suffix; null for other groups
 * @param link     the page the row opens, or null
 * @param capacity ports of a distribution point, the capacity of a router, else null
 */
record TopologyNode(Kind kind, String key, String label, String detail, String state, String link, Integer capacity,
                    Map<SubscriptionStatus, Integer> counts, List<TopologyNode> children) {

    enum Kind { NAS, NO_NAS, DISTRIBUTION_POINT, NO_DISTRIBUTION_POINT, SUBSCRIPTION }

    static TopologyNode group(Kind kind, String key, String label, String detail, String state, String link, Integer capacity) {
        return new TopologyNode(kind, key, label, detail, state, link, capacity, new EnumMap<>(SubscriptionStatus.class), new ArrayList<>());
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    int count(SubscriptionStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** Everything that is neither active nor suspended (onboarding, activating). */
    int pending() {
        return total() - count(SubscriptionStatus.ACTIVE) - count(SubscriptionStatus.SUSPENDED);
    }
}
