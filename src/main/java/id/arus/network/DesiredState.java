package id.arus.network;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.DesiredEntries;
import id.arus.network.internal.DesiredEntryStore;
import id.arus.network.internal.DesiredRules;
import id.arus.network.internal.DesiredSecretStore;
import id.arus.network.internal.ManagedMenu;
import id.arus.network.internal.NasStore;
import id.arus.platform.SecretCipher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Arus wants on each router, the source of truth the {@link Reconciler} applies: PPP secrets and
 * profiles, hotspot users and user profiles, simple queues and address-list entries ({@link DesiredKind}).
 * Changing it does not touch the router; the next reconcile does. Every change is validated (a clear
 * message names the entry and field), audited with passwords shown as {@code ***}, and followed by a
 * {@link DesiredStateChanged} event for the NAS.
 */
@Service
public class DesiredState {

    private final DesiredSecretStore secrets;
    private final DesiredEntryStore entries;
    private final NasStore nas;
    private final SecretCipher cipher;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DesiredState(DesiredSecretStore secrets, DesiredEntryStore entries, NasStore nas, SecretCipher cipher, AuditTrail audit,
                 ApplicationEventPublisher events) {
        this.secrets = secrets;
        this.entries = entries;
        this.nas = nas;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
    }

    // ------------------------------------------------------------------------------------- PPP secrets

    /** Adds or replaces the PPP secret of that name on the NAS. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void putPppSecret(long nasId, PppUser secret) {
        Nas router = requireNas(nasId);
        PppUser valid = validate(secret);
        var before = secrets.find(nasId, valid.name());
        if (before.isPresent() && sameSecret(before.get(), valid)) {
            return; // a process step repeated after a retry: nothing to write, audit or reconcile
        }
        secrets.upsert(nasId, encrypted(valid));
        audit.record(AuditRecord.of(action(DesiredKind.PPP_SECRET, before.isPresent() ? "changed" : "added"),
                        subject(router, DesiredKind.PPP_SECRET, valid.name()))
                .withBefore(before.map(b -> snapshot(DesiredEntries.of(b))).orElse(null))
                .withAfter(snapshot(DesiredEntries.of(valid))));
        events.publishEvent(new DesiredStateChanged(nasId));
    }

    /**
     * Adds or replaces many secrets at once (an import, a migration): one batch write and one audit entry
     * naming the count, as 10,000 entries each with a hash-chained audit row would be slow and unreadable.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void putPppSecrets(long nasId, List<PppUser> batch) {
        Nas router = requireNas(nasId);
        Set<String> names = new HashSet<>();
        List<PppUser> rows = new ArrayList<>(batch.size());
        for (PppUser secret : batch) {
            PppUser valid = validate(secret);
            if (!names.add(valid.name())) {
                throw new IllegalArgumentException("PPP secret '" + valid.name() + "' appears twice");
            }
            rows.add(encrypted(valid));
        }
        secrets.upsertAll(nasId, rows);
        audit.record(AuditRecord.of("network.desired.ppp-secrets.imported", "nas:" + router.name())
                .withAfter(Map.of("count", rows.size())));
        events.publishEvent(new DesiredStateChanged(nasId));
    }

    /** Removes the secret from the desired state; the next reconcile removes it from the router. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public boolean removePppSecret(long nasId, String name) {
        Nas router = requireNas(nasId);
        var before = secrets.find(nasId, name);
        if (before.isEmpty() || !secrets.delete(nasId, name)) {
            return false;
        }
        audit.record(AuditRecord.of(action(DesiredKind.PPP_SECRET, "removed"), subject(router, DesiredKind.PPP_SECRET, name))
                .withBefore(snapshot(DesiredEntries.of(before.get()))));
        events.publishEvent(new DesiredStateChanged(nasId));
        return true;
    }

    /** The desired secrets of the NAS, passwords left out. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    @Transactional(readOnly = true)
    public List<PppUser> pppSecrets(long nasId) {
        return secrets.findByNas(nasId).stream()
                .map(s -> new PppUser(s.name(), null, s.profile(), s.service(), s.remoteAddress(), s.disabled(), s.comment()))
                .toList();
    }

    // ------------------------------------------------------------------------------------ PPP profiles

    /** Adds or replaces a PPP profile (a plan's speed and address source). */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void putPppProfile(long nasId, PppProfile profile) {
        String what = "PPP profile '" + profile.name() + "'";
        PppProfile valid = new PppProfile(DesiredRules.name("A PPP profile", profile.name()),
                DesiredRules.rateLimit(what, profile.rateLimit()),
                DesiredRules.addressOrPool(what, "local address", profile.localAddress()),
                DesiredRules.addressOrPool(what, "remote address", profile.remoteAddress()), blankToNull(profile.comment()),
                addressLists(what, profile.addressList()));
        store(nasId, DesiredKind.PPP_PROFILE, DesiredEntries.of(valid));
    }

    /** {@code isolir} or {@code isolir,monitored}: list names without spaces, written back without blanks. */
    private static String addressLists(String what, String lists) {
        if (DesiredRules.blank(lists)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String list : lists.split(",")) {
            names.add(DesiredRules.listName(what + " address-list", list));
        }
        return String.join(",", names);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public boolean removePppProfile(long nasId, String name) {
        return remove(nasId, DesiredKind.PPP_PROFILE, name);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    @Transactional(readOnly = true)
    public List<PppProfile> pppProfiles(long nasId) {
        return list(nasId, DesiredKind.PPP_PROFILE, DesiredEntries::pppProfile);
    }

    // -------------------------------------------------------------------------------- hotspot profiles

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void putHotspotProfile(long nasId, HotspotProfile profile) {
        String what = "Hotspot profile '" + profile.name() + "'";
        if (profile.sharedUsers() != null && profile.sharedUsers() < 1) {
            throw new IllegalArgumentException(what + ": shared users must be 1 or more");
        }
        HotspotProfile valid = new HotspotProfile(DesiredRules.name("A hotspot profile", profile.name()),
                DesiredRules.rateLimit(what, profile.rateLimit()), profile.sharedUsers(), blankToNull(profile.comment()));
        store(nasId, DesiredKind.HOTSPOT_PROFILE, DesiredEntries.of(valid));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public boolean removeHotspotProfile(long nasId, String name) {
        return remove(nasId, DesiredKind.HOTSPOT_PROFILE, name);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    @Transactional(readOnly = true)
    public List<HotspotProfile> hotspotProfiles(long nasId) {
        return list(nasId, DesiredKind.HOTSPOT_PROFILE, DesiredEntries::hotspotProfile);
    }

    // ----------------------------------------------------------------------------------- hotspot users

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void putHotspotUser(long nasId, HotspotUser user) {
        String name = DesiredRules.name("A hotspot user", user.name());
        if (user.password() == null || user.password().isEmpty()) {
            throw new IllegalArgumentException("Hotspot user '" + name + "' needs a password");
        }
        HotspotUser valid = new HotspotUser(name, user.password(),
                user.profile() == null || user.profile().isBlank() ? null : DesiredRules.name("Hotspot user '" + name + "' profile", user.profile()),
                user.disabled(), blankToNull(user.comment()));
        store(nasId, DesiredKind.HOTSPOT_USER, DesiredEntries.of(valid));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public boolean removeHotspotUser(long nasId, String name) {
        return remove(nasId, DesiredKind.HOTSPOT_USER, name);
    }

    /** The desired hotspot users of the NAS, passwords left out. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    @Transactional(readOnly = true)
    public List<HotspotUser> hotspotUsers(long nasId) {
        return list(nasId, DesiredKind.HOTSPOT_USER, m -> {
            HotspotUser u = DesiredEntries.hotspotUser(m);
            return new HotspotUser(u.name(), null, u.profile(), u.disabled(), u.comment());
        });
    }

    // ----------------------------------------------------------------------------------- simple queues

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void putSimpleQueue(long nasId, SimpleQueue queue) {
        String name = DesiredRules.name("A simple queue", queue.name());
        String what = "Simple queue '" + name + "'";
        String target = DesiredRules.address(what, "a target", queue.target());
        // RouterOS shows a single-address target as /32; storing it that way keeps the next reconcile quiet.
        if (!target.contains("/")) {
            target = target + (target.contains(":") ? "/128" : "/32");
        }
        String maxLimit = DesiredRules.ratePair(what, "max-limit", queue.maxLimit());
        if (maxLimit == null) {
            throw new IllegalArgumentException(what + " needs a max-limit, e.g. 5M/10M");
        }
        SimpleQueue valid = new SimpleQueue(name, target, maxLimit,
                DesiredRules.ratePair(what, "burst-limit", queue.burstLimit()),
                DesiredRules.ratePair(what, "burst-threshold", queue.burstThreshold()),
                DesiredRules.timePair(what, "burst-time", queue.burstTime()),
                DesiredRules.ratePair(what, "limit-at", queue.limitAt()), blankToNull(queue.comment()));
        store(nasId, DesiredKind.SIMPLE_QUEUE, DesiredEntries.of(valid));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public boolean removeSimpleQueue(long nasId, String name) {
        return remove(nasId, DesiredKind.SIMPLE_QUEUE, name);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    @Transactional(readOnly = true)
    public List<SimpleQueue> simpleQueues(long nasId) {
        return list(nasId, DesiredKind.SIMPLE_QUEUE, DesiredEntries::simpleQueue);
    }

    // ------------------------------------------------------------------------------------ address list

    /** Adds an address to a firewall address list (e.g. {@code isolir}), or replaces its comment. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void putAddressListEntry(long nasId, AddressListEntry entry) {
        String list = DesiredRules.listName("An address-list entry", entry.list());
        String address = DesiredRules.address("Address-list entry in '" + list + "'", "an address", entry.address());
        // RouterOS shows a /32 entry as the bare address.
        if (address.endsWith("/32") && !address.contains(":")) {
            address = address.substring(0, address.length() - 3);
        }
        store(nasId, DesiredKind.ADDRESS_LIST, DesiredEntries.of(new AddressListEntry(list, address, blankToNull(entry.comment()))));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public boolean removeAddressListEntry(long nasId, String list, String address) {
        String normalised = address != null && address.endsWith("/32") ? address.substring(0, address.length() - 3) : address;
        return remove(nasId, DesiredKind.ADDRESS_LIST, list + " " + normalised);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    @Transactional(readOnly = true)
    public List<AddressListEntry> addressListEntries(long nasId) {
        return list(nasId, DesiredKind.ADDRESS_LIST, DesiredEntries::addressListEntry);
    }

    // ------------------------------------------------------------------------------------------ shared

    private void store(long nasId, DesiredKind kind, Map<String, String> entry) {
        Nas router = requireNas(nasId);
        String key = ManagedMenu.of(kind).key(entry);
        Optional<Map<String, String>> before = entries.find(nasId, kind, key);
        if (before.isPresent() && decrypted(before.get()).equals(entry)) {
            // Unchanged: writing it again would only add an audit row and a reconcile, and take the audit
            // chain's lock while holding this entry's row, which concurrent process steps deadlock on.
            return;
        }
        Map<String, String> stored = new LinkedHashMap<>(entry);
        stored.computeIfPresent("password", (k, v) -> cipher.encrypt(v));
        entries.upsert(nasId, kind, key, stored);
        audit.record(AuditRecord.of(action(kind, before.isPresent() ? "changed" : "added"), subject(router, kind, key))
                .withBefore(before.map(DesiredState::snapshot).orElse(null)).withAfter(snapshot(entry)));
        events.publishEvent(new DesiredStateChanged(nasId));
    }

    /**
     * Puts an entry given as RouterOS attributes (a restore, a move), through the same validation as the
     * typed methods. Not authorised here: callers are authorised services of this module.
     */
    void putEntry(long nasId, DesiredKind kind, Map<String, String> entry) {
        switch (kind) {
            case PPP_SECRET -> putPppSecret(nasId, DesiredEntries.pppSecret(entry));
            case PPP_PROFILE -> putPppProfile(nasId, DesiredEntries.pppProfile(entry));
            case HOTSPOT_PROFILE -> putHotspotProfile(nasId, DesiredEntries.hotspotProfile(entry));
            case HOTSPOT_USER -> putHotspotUser(nasId, DesiredEntries.hotspotUser(entry));
            case SIMPLE_QUEUE -> putSimpleQueue(nasId, DesiredEntries.simpleQueue(entry));
            case ADDRESS_LIST -> putAddressListEntry(nasId, DesiredEntries.addressListEntry(entry));
        }
    }

    /** The keys of the NAS's own desired entries of a kind. */
    List<String> keys(long nasId, DesiredKind kind) {
        ManagedMenu menu = ManagedMenu.of(kind);
        if (kind == DesiredKind.PPP_SECRET) {
            return secrets.findByNas(nasId).stream().map(PppUser::name).toList();
        }
        return entries.findByNas(nasId, kind).stream().map(menu::key).toList();
    }

    /** Removes one entry of any kind; audited and announced like the typed methods. */
    boolean removeEntry(long nasId, DesiredKind kind, String key) {
        return kind == DesiredKind.PPP_SECRET ? removePppSecret(nasId, key) : remove(nasId, kind, key);
    }

    private boolean remove(long nasId, DesiredKind kind, String key) {
        Nas router = requireNas(nasId);
        Optional<Map<String, String>> before = entries.find(nasId, kind, key);
        if (before.isEmpty() || !entries.delete(nasId, kind, key)) {
            return false;
        }
        audit.record(AuditRecord.of(action(kind, "removed"), subject(router, kind, key)).withBefore(snapshot(before.get())));
        events.publishEvent(new DesiredStateChanged(nasId));
        return true;
    }

    private <T> List<T> list(long nasId, DesiredKind kind, Function<Map<String, String>, T> mapper) {
        return entries.findByNas(nasId, kind).stream().map(m -> {
            Map<String, String> copy = new LinkedHashMap<>(m);
            copy.remove("password");
            return mapper.apply(copy);
        }).toList();
    }

    private Nas requireNas(long nasId) {
        return nas.findById(nasId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + nasId));
    }

    private boolean sameSecret(PppUser stored, PppUser wanted) {
        PppUser normalised = encrypted(wanted);
        return stored.name().equals(normalised.name()) && cipher.decrypt(stored.password()).equals(wanted.password())
                && Objects.equals(stored.profile(), normalised.profile()) && Objects.equals(stored.service(), normalised.service())
                && Objects.equals(stored.remoteAddress(), normalised.remoteAddress()) && stored.disabled() == normalised.disabled()
                && Objects.equals(stored.comment(), normalised.comment());
    }

    private Map<String, String> decrypted(Map<String, String> stored) {
        Map<String, String> plain = new LinkedHashMap<>(stored);
        plain.computeIfPresent("password", (k, v) -> cipher.decrypt(v));
        return plain;
    }

    private PppUser encrypted(PppUser s) {
        // Unset profile and service are stored as RouterOS's own defaults, so the table reads as the router will.
        return new PppUser(s.name(), cipher.encrypt(s.password()), orElse(s.profile(), "default"), orElse(s.service(), "any"),
                s.remoteAddress(), s.disabled(), s.comment());
    }

    private static PppUser validate(PppUser secret) {
        String name = DesiredRules.name("A PPP secret", secret.name());
        if (secret.password() == null || secret.password().isEmpty()) {
            throw new IllegalArgumentException("PPP secret '" + name + "' needs a password");
        }
        String what = "PPP secret '" + name + "'";
        String profile = secret.profile() == null || secret.profile().isBlank() ? null : DesiredRules.name(what + " profile", secret.profile());
        return new PppUser(name, secret.password(), profile, blankToNull(secret.service()),
                DesiredRules.hostAddress(what, "remote address", secret.remoteAddress()), secret.disabled(), blankToNull(secret.comment()));
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** e.g. {@code network.desired.simple-queue.added}. */
    static String action(DesiredKind kind, String verb) {
        return "network.desired." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + verb;
    }

    private static String subject(Nas router, DesiredKind kind, String key) {
        return "nas:" + router.name() + "/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + key;
    }

    /** The entry as the audit trail keeps it: the password only as set. */
    private static Map<String, Object> snapshot(Map<String, String> entry) {
        Map<String, Object> map = new LinkedHashMap<>(entry);
        map.computeIfPresent("password", (k, v) -> "***");
        return map;
    }
}
