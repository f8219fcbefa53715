package id.arus.mapping.ui;

import id.arus.mapping.ui.TopologyNode.Kind;
import id.arus.network.DistributionPoint;
import id.arus.network.Nas;
import id.arus.network.NasStatusChange;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the tree router → distribution point → subscriptions. A subscription hangs under its
 * distribution point, or under "no distribution point" of its router; one that has a distribution point
 * but no router yet (still onboarding) follows the point's router; one with neither goes under "not on
 * a router yet". Terminated and rejected subscriptions are history, not topology, and are left out.
 * Every group counts the subscriptions below it by status.
 */
final class Topology {

    static final Set<SubscriptionStatus> SHOWN = EnumSet.of(SubscriptionStatus.ONBOARDING, SubscriptionStatus.ACTIVATING,
            SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED);

    private Topology() {
    }

    /**
     * @param customerNames customer code → name for the rows' labels (codes without a name show the code only)
     * @param noPoint       label of the "no distribution point" groups
     * @param noRouter      label of the "not on a router yet" group
     */
    static List<TopologyNode> build(Collection<Nas> routers, Map<Long, NasStatusChange> statuses,
                                    Collection<DistributionPoint> points, Collection<Subscription> subscriptions,
                                    Function<String, String> customerNames, String noPoint, String noRouter) {
        Map<Long, TopologyNode> routerNodes = new LinkedHashMap<>();
        routers.stream().sorted(Comparator.comparing(Nas::name, String.CASE_INSENSITIVE_ORDER)).forEach(nas -> {
            NasStatusChange status = statuses.get(nas.id());
            routerNodes.put(nas.id(), TopologyNode.group(Kind.NAS, "nas-" + nas.id(), nas.name(), nas.site(),
                    status == null ? "UNKNOWN" : status.status().name(), "network/nas/" + nas.id(), nas.capacity()));
        });
        Map<Long, DistributionPoint> pointsById = new LinkedHashMap<>();
        Map<Long, TopologyNode> pointNodes = new LinkedHashMap<>();
        points.stream().sorted(Comparator.comparing(DistributionPoint::code)).forEach(point -> {
            pointsById.put(point.id(), point);
            TopologyNode node = TopologyNode.group(Kind.DISTRIBUTION_POINT, "odp-" + point.id(), point.name() + " (" + point.code() + ")",
                    null, null, null, point.ports());
            pointNodes.put(point.id(), node);
            TopologyNode router = routerNodes.get(point.nasId());
            if (router != null) {
                router.children().add(node);
            }
        });
        Map<Long, TopologyNode> unassignedByRouter = new LinkedHashMap<>();
        TopologyNode notOnRouter = TopologyNode.group(Kind.NO_NAS, "no-nas", noRouter, null, null, null, null);

        subscriptions.stream().filter(s -> SHOWN.contains(s.status()))
                .sorted(Comparator.comparing(Subscription::customerCode).thenComparing(Subscription::number))
                .forEach(subscription -> {
                    DistributionPoint point = subscription.distributionPointId() == null ? null : pointsById.get(subscription.distributionPointId());
                    Long routerId = subscription.nasId() != null ? subscription.nasId() : point == null ? null : point.nasId();
                    TopologyNode router = routerId == null ? null : routerNodes.get(routerId);
                    TopologyNode parent;
                    if (point != null && (router == null || point.nasId() == routerId)) {
                        parent = pointNodes.get(point.id());
                        router = router == null ? routerNodes.get(point.nasId()) : router;
                    } else if (router != null) {
                        parent = unassignedByRouter.computeIfAbsent(routerId, id -> TopologyNode.group(Kind.NO_DISTRIBUTION_POINT,
                                "no-odp-" + id, noPoint, null, null, null, null));
                    } else {
                        parent = notOnRouter;
                    }
                    String name = customerNames.apply(subscription.customerCode());
                    String label = name == null || name.isBlank() ? subscription.customerCode() : name + " (" + subscription.customerCode() + ")";
                    parent.children().add(new TopologyNode(Kind.SUBSCRIPTION, "sub-" + subscription.number(), label,
                            subscription.number(), subscription.status().name(), "customers/" + subscription.customerCode(), null,
                            Map.of(subscription.status(), 1), List.of()));
                    count(parent, subscription.status());
                    if (router != null && router != parent) {
                        count(router, subscription.status());
                    }
                });
        unassignedByRouter.forEach((id, group) -> routerNodes.get(id).children().add(group));
        List<TopologyNode> roots = new ArrayList<>(routerNodes.values());
        if (!notOnRouter.children().isEmpty()) {
            roots.add(notOnRouter);
        }
        return roots;
    }

    private static void count(TopologyNode node, SubscriptionStatus status) {
        node.counts().merge(status, 1, Integer::sum);
    }
}
