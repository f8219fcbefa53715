package id.arus.network;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.DesiredEntries;
import id.arus.network.internal.DesiredEntryStore;
import id.arus.network.internal.DesiredSecretStore;
import id.arus.network.internal.ManagedMenu;
import id.arus.network.internal.NasStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff moving subscribers from one NAS to another (rebalancing, a router replaced).
 *
 * <p>What belongs to one subscriber named N on a NAS: the PPP secret or hotspot user named N, the simple
 * queue named N, and every address-list entry whose comment is N (e.g. N's entry in {@code isolir}).
 * A move hands all of them to the other NAS in one transaction; the profile the secret or user names is
 * copied to the target when only the source has it as a desired entry (other subscribers of the source
 * may still use it). Nothing is moved when any name is unknown or the target already holds one of the
 * entries: the message says which. Each subscriber's move is audited; {@link DesiredStateChanged} is
 * published for both NAS, and the next reconcile of each removes them from the old router (ending the
 * session) and adds them on the new one.
 */
@Service
public class SubscriberMoves {

    private final DesiredSecretStore secrets;
    private final DesiredEntryStore entries;
    private final NasStore nas;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SubscriberMoves(DesiredSecretStore secrets, DesiredEntryStore entries, NasStore nas, AuditTrail audit,
                    ApplicationEventPublisher events) {
        this.secrets = secrets;
        this.entries = entries;
        this.nas = nas;
        this.audit = audit;
        this.events = events;
    }

    /** The subscribers in the NAS's own desired state, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    @Transactional(readOnly = true)
    public List<DesiredSubscriber> subscribers(long nasId) {
        requireNas(nasId);
        Map<String, Map<String, String>> queues = byKey(nasId, DesiredKind.SIMPLE_QUEUE);
        Map<String, List<String>> lists = new HashMap<>();
        for (Map<String, String> entry : entries.findByNas(nasId, DesiredKind.ADDRESS_LIST)) {
            if (entry.get("comment") != null) {
                lists.computeIfAbsent(entry.get("comment"), c -> new ArrayList<>()).add(ManagedMenu.of(DesiredKind.ADDRESS_LIST).key(entry));
            }
        }
        List<DesiredSubscriber> all = new ArrayList<>();
        for (PppUser s : secrets.findByNas(nasId)) {
            all.add(subscriber(nasId, s.name(), DesiredKind.PPP_SECRET, s.profile(), s.disabled(), queues, lists));
        }
        for (Map<String, String> u : entries.findByNas(nasId, DesiredKind.HOTSPOT_USER)) {
            HotspotUser user = DesiredEntries.hotspotUser(u);
            all.add(subscriber(nasId, user.name(), DesiredKind.HOTSPOT_USER, user.profile(), user.disabled(), queues, lists));
        }
        all.sort(Comparator.comparing(DesiredSubscriber::name));
        return all;
    }

    /**
     * Moves the named subscribers from one NAS to the other, all or none.
     *
     * @return how many entries moved per subscriber, in the order given
     * @throws IllegalArgumentException naming the subscriber or entry that prevents the move
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public Map<String, Integer> move(long fromNas, long toNas, List<String> names) {
        Nas from = requireNas(fromNas);
        Nas to = requireNas(toNas);
        if (fromNas == toNas) {
            throw new IllegalArgumentException("The subscribers are already on " + from.name());
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one subscriber to move");
        }
        ManagedMenu addressList = ManagedMenu.of(DesiredKind.ADDRESS_LIST);
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (String name : new LinkedHashSet<>(names)) {
            var secret = secrets.find(fromNas, name);
            var user = secret.isPresent() ? Optional.<Map<String, String>>empty() : entries.find(fromNas, DesiredKind.HOTSPOT_USER, name);
            if (secret.isEmpty() && user.isEmpty()) {
                throw new IllegalArgumentException("No subscriber '" + name + "' on " + from.name());
            }
            List<String> what = new ArrayList<>();
            if (secret.isPresent()) {
                refuseTaken(to, secrets.find(toNas, name).isPresent(), "PPP secret", name);
                copyProfile(fromNas, toNas, DesiredKind.PPP_PROFILE, secret.get().profile(), what);
                secrets.move(fromNas, toNas, name);
                what.add("ppp-secret " + name);
            } else {
                refuseTaken(to, entries.find(toNas, DesiredKind.HOTSPOT_USER, name).isPresent(), "hotspot user", name);
                copyProfile(fromNas, toNas, DesiredKind.HOTSPOT_PROFILE, user.get().get("profile"), what);
                entries.move(fromNas, toNas, DesiredKind.HOTSPOT_USER, name);
                what.add("hotspot-user " + name);
            }
            if (entries.find(fromNas, DesiredKind.SIMPLE_QUEUE, name).isPresent()) {
                refuseTaken(to, entries.find(toNas, DesiredKind.SIMPLE_QUEUE, name).isPresent(), "simple queue", name);
                entries.move(fromNas, toNas, DesiredKind.SIMPLE_QUEUE, name);
                what.add("simple-queue " + name);
            }
            for (Map<String, String> entry : entries.findByNas(fromNas, DesiredKind.ADDRESS_LIST)) {
                if (name.equals(entry.get("comment"))) {
                    String key = addressList.key(entry);
                    refuseTaken(to, entries.find(toNas, DesiredKind.ADDRESS_LIST, key).isPresent(), "address-list entry", key);
                    entries.move(fromNas, toNas, DesiredKind.ADDRESS_LIST, key);
                    what.add("address-list " + key);
                }
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("from", from.name());
            after.put("to", to.name());
            after.put("entries", what);
            audit.record(AuditRecord.of("network.subscriber.moved", "nas:" + from.name() + "/subscriber:" + name).withAfter(after));
            moved.put(name, (int) what.stream().filter(w -> !w.startsWith("copied ")).count());
        }
        events.publishEvent(new DesiredStateChanged(fromNas));
        events.publishEvent(new DesiredStateChanged(toNas));
        return moved;
    }

    /** The target's entry would be overwritten: refuse, and the transaction undoes the moves so far. */
    private static void refuseTaken(Nas to, boolean taken, String what, String key) {
        if (taken) {
            throw new IllegalArgumentException(to.name() + " already has " + what + " '" + key + "'; nothing was moved");
        }
    }

    /**
     * Gives the target the source's desired profile of that name when it has none of its own; the copy is
     * named in the move's audit entry.
     */
    private void copyProfile(long fromNas, long toNas, DesiredKind kind, String profile, List<String> audited) {
        if (profile == null || entries.find(toNas, kind, profile).isPresent()) {
            return;
        }
        entries.find(fromNas, kind, profile).ifPresent(p -> {
            entries.upsert(toNas, kind, profile, p);
            audited.add("copied " + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + profile);
        });
    }

    private static DesiredSubscriber subscriber(long nasId, String name, DesiredKind kind, String profile, boolean disabled,
                                                Map<String, Map<String, String>> queues, Map<String, List<String>> lists) {
        Map<String, String> queue = queues.get(name);
        return new DesiredSubscriber(nasId, name, kind, profile, disabled, queue == null ? null : queue.get("max-limit"),
                lists.getOrDefault(name, List.of()));
    }

    private Map<String, Map<String, String>> byKey(long nasId, DesiredKind kind) {
        Map<String, Map<String, String>> map = new HashMap<>();
        entries.findByNas(nasId, kind).forEach(e -> map.put(ManagedMenu.of(kind).key(e), e));
        return map;
    }

    private Nas requireNas(long nasId) {
        return nas.findById(nasId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + nasId));
    }
}
