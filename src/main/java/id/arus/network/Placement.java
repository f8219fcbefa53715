package id.arus.network;

import id.arus.network.internal.FailoverStore;
import id.arus.network.internal.NasStore;
import id.arus.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a new subscriber goes: the primary NAS of their site with the most headroom (capacity minus the
 * subscribers desired on it). A NAS is left out while it cannot take a subscriber now: its latest recorded
 * status is anything but online (unreachable, login refused, error), its subscribers are carried by its
 * backup, or it is full. A NAS never checked yet counts as available: nothing says it is down. Ranking is
 * {@link PlacementCandidate#MOST_ROOM_FIRST}: sized routers before unsized ones.
 */
@Service
public class Placement {

    private final NasStore nas;
    private final FailoverStore facts;

    Placement(NasStore nas, FailoverStore facts) {
        this.nas = nas;
        this.facts = facts;
    }

    /**
     * The NAS a new subscriber of the site should be provisioned on.
     *
     * @throws InvalidInputException on field {@code site} when the site has no NAS that can take one
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public Nas choose(String site) {
        List<PlacementCandidate> ranked = candidates(site);
        if (ranked.isEmpty()) {
            boolean siteKnown = nas.findAll().stream().anyMatch(n -> sameSite(n.site(), site));
            throw InvalidInputException.of("site", siteKnown ? "placement.site.full" : "placement.site.unknown");
        }
        return ranked.get(0).nas();
    }

    /** The NAS of the site that can take a subscriber now, best first (empty when none can). */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public List<PlacementCandidate> candidates(String site) {
        if (site == null || site.isBlank()) {
            throw InvalidInputException.of("site", "placement.site.required");
        }
        Map<Long, NasStatusChange> statuses = facts.latestStatuses();
        Set<Long> failedOver = facts.active().stream().map(FailoverStore.Active::primaryId).collect(Collectors.toSet());
        Map<Long, Integer> subscribers = facts.ownSubscribers();
        return nas.findAll().stream()
                .filter(n -> n.role() == NasRole.PRIMARY && sameSite(n.site(), site))
                .filter(n -> !failedOver.contains(n.id()))
                .filter(n -> !statuses.containsKey(n.id()) || statuses.get(n.id()).status() == NasStatus.ONLINE)
                .map(n -> new PlacementCandidate(n, subscribers.getOrDefault(n.id(), 0)))
                .filter(c -> c.fits(1))
                .sorted(PlacementCandidate.MOST_ROOM_FIRST)
                .toList();
    }

    private static boolean sameSite(String a, String b) {
        return a != null && b != null && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }
}
