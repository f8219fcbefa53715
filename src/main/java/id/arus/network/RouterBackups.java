package id.arus.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.BackupStore;
import id.arus.network.internal.NasStore;
import id.arus.network.internal.RouterPool;
import id.arus.network.internal.DesiredEntries;
import id.arus.network.internal.ManagedMenu;
import id.arus.network.routeros.Command;
import id.arus.network.routeros.RouterOsClient;
import id.arus.network.routeros.RouterOsException;
import id.arus.network.routeros.RouterOsTrapException;
import id.arus.platform.SecretCipher;
import id.arus.shared.Digests;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Versioned snapshots of each router: identity, addresses, pools, every PPP profile, and the entries Arus
 * manages in each {@link DesiredKind} menu (comment starting {@link ManagedMenu#MARKER}: secrets, hotspot
 * users and profiles, simple queues, address-list entries), plus a binary {@code /system/backup/save} on
 * the router itself with a dated name. Versions can be compared and a version restored: its managed
 * entries become the desired state and the router is reconciled to it.
 *
 * <p>Passwords are encrypted inside the stored content; they are decrypted only in memory, to compare,
 * to checksum and to restore. Only the newest {@code arus.network.backup.keep} versions of a NAS are kept.
 */
@Service
public class RouterBackups {

    private static final Logger log = LoggerFactory.getLogger(RouterBackups.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZONE);
    private static final TypeReference<Map<String, List<Map<String, String>>>> CONTENT = new TypeReference<>() {
    };
    /** Menu path to what is read of it, in the order snapshots list them. */
    private static final Map<String, String> MENUS = new LinkedHashMap<>();

    static {
        MENUS.put("/system/identity", "/system/identity/print");
        MENUS.put("/ip/address", "/ip/address/print");
        MENUS.put("/ip/pool", "/ip/pool/print");
        MENUS.put("/ppp/profile", "/ppp/profile/print");
        for (DesiredKind kind : DesiredKind.values()) {
            MENUS.putIfAbsent(kind.path(), kind.path() + "/print");
        }
    }

    /**
     * The entries on the router that were there only because the NAS carried a failed primary's
     * subscribers when the snapshot was taken (kind and key). A restore leaves them out: they are the
     * primary's desired state, not this NAS's.
     */
    static final String CARRIED = "arus:carried-for-failover";

    /** Menu path to its managed kind; a snapshot keeps only Arus's entries of these (all of /ppp/profile, for reference). */
    private static final Map<String, DesiredKind> MANAGED = new LinkedHashMap<>();

    static {
        for (DesiredKind kind : DesiredKind.values()) {
            MANAGED.put(kind.path(), kind);
        }
    }

    private final BackupStore store;
    private final NasStore nas;
    private final RouterPool routers;
    private final DesiredState desired;
    private final Reconciler reconciler;
    private final SecretCipher cipher;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final int keep;
    private final Clock clock;
    /** Sorted keys make the JSON, and so the checksum, independent of the order the router lists fields in. */
    private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    /** One snapshot or restore per NAS at a time, so version numbers and "unchanged" checks do not race. */
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();
    private volatile byte[] hmacKey;

    RouterBackups(BackupStore store, NasStore nas, RouterPool routers, DesiredState desired, Reconciler reconciler,
                  SecretCipher cipher, AuditTrail audit, TransactionTemplate tx,
                  @Value("${arus.network.backup.keep:30}") int keep) {
        this.store = store;
        this.nas = nas;
        this.routers = routers;
        this.desired = desired;
        this.reconciler = reconciler;
        this.cipher = cipher;
        this.audit = audit;
        this.tx = tx;
        this.keep = Math.max(1, keep);
        this.clock = Clock.system(ZONE);
    }

    /**
     * Snapshots the router now and saves a dated binary backup on it. Always stores a new version, even
     * when nothing changed, since staff asked for one.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    public BackupVersion snapshot(long nasId, BackupReason reason) {
        // Asked for as SCHEDULED and unchanged, nothing new is stored: the newest version is that snapshot.
        return take(nasId, reason).orElseGet(() -> store.latest(nasId).orElseThrow());
    }

    /** All stored versions of the NAS, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public List<BackupVersion> versions(long nasId) {
        return store.versions(nasId);
    }

    /** The content of a version, menu path to entries, with every password shown as {@code ***}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public Map<String, List<Map<String, String>>> content(long nasId, int version) {
        return transformPasswords(load(nasId, version), p -> "***");
    }

    /** What changed from version {@code from} to version {@code to}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public BackupDiff diff(long nasId, int from, int to) {
        return BackupDiff.between(nasId, from, plain(load(nasId, from)), to, plain(load(nasId, to)));
    }

    /**
     * Restores a version: takes a before-restore snapshot (so the restore can be undone), makes the
     * desired entries of every managed kind the version holds equal to its managed entries, and reconciles
     * the router to them. Identity, addresses, pools and unmanaged profiles are kept for reference and
     * comparison, not written back: Arus does not manage them. A kind the version does not hold (taken
     * before Arus managed it) is left as it is.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    public ReconcileReport restore(long nasId, int version) {
        Nas router = requireNas(nasId);
        Map<String, List<Map<String, String>>> target = plain(load(nasId, version));
        ReentrantLock lock = lock(nasId);
        lock.lock();
        try {
            BackupVersion before = take(nasId, BackupReason.BEFORE_RESTORE).orElseThrow();
            // One transaction, so a failure leaves the desired state as it was rather than half restored.
            int[] counts = tx.execute(status -> restoreDesired(nasId, target));
            ReconcileReport report = reconciler.reconcile(nasId);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("version", version);
            after.put("beforeRestoreVersion", before.version());
            after.put("desiredEntries", counts[0]);
            after.put("desiredRemoved", counts[1]);
            after.put("routerAdded", report.added());
            after.put("routerChanged", report.changed());
            after.put("routerRemoved", report.removed());
            after.put("failed", report.failures().size());
            audit.record(AuditRecord.of("network.backup.restored", "nas:" + router.name()).withAfter(after));
            return report;
        } finally {
            lock.unlock();
        }
    }

    /** The entries the NAS carries for failed primaries now, as rows of {@link #CARRIED}. */
    private List<Map<String, String>> carried(long nasId) {
        List<Map<String, String>> rows = new ArrayList<>();
        reconciler.projected(nasId).forEach((kind, keys) -> keys.forEach(key -> {
            Map<String, String> row = new TreeMap<>();
            row.put("kind", kind.name());
            row.put("name", key);
            rows.add(row);
        }));
        return rows;
    }

    /**
     * Makes the NAS's desired entries equal to the managed entries of a snapshot, kind by kind, leaving out
     * what the NAS carried for a failed primary then or carries now (that is the primary's desired state).
     *
     * @return {entries put, entries removed}
     */
    private int[] restoreDesired(long nasId, Map<String, List<Map<String, String>>> target) {
        int put = 0;
        int removed = 0;
        Set<String> notOurs = new HashSet<>();
        target.getOrDefault(CARRIED, List.of()).forEach(r -> notOurs.add(r.get("kind") + " " + r.get("name")));
        reconciler.projected(nasId).forEach((kind, keys) -> keys.forEach(key -> notOurs.add(kind.name() + " " + key)));
        for (DesiredKind kind : DesiredKind.values()) {
            List<Map<String, String>> rows = target.get(kind.path());
            if (rows == null) {
                continue;
            }
            ManagedMenu menu = ManagedMenu.of(kind);
            List<Map<String, String>> wanted = rows.stream().filter(ManagedMenu::managed)
                    .map(row -> DesiredEntries.fromRouter(kind, row))
                    .filter(entry -> !notOurs.contains(kind.name() + " " + menu.key(entry))).toList();
            Set<String> keys = new HashSet<>();
            wanted.forEach(e -> keys.add(menu.key(e)));
            for (String key : desired.keys(nasId, kind)) {
                if (!keys.contains(key) && desired.removeEntry(nasId, kind, key)) {
                    removed++;
                }
            }
            if (kind == DesiredKind.PPP_SECRET) {
                if (!wanted.isEmpty()) {
                    desired.putPppSecrets(nasId, wanted.stream().map(DesiredEntries::pppSecret).toList());
                }
            } else {
                wanted.forEach(e -> desired.putEntry(nasId, kind, e));
            }
            put += wanted.size();
        }
        return new int[] {put, removed};
    }

    /**
     * The scheduled snapshot: like {@link #snapshot} but not stored when the content equals the newest
     * version's. Not authorised per call: the scheduler runs without a signed-in user.
     *
     * @return the new version, or empty when nothing changed
     */
    Optional<BackupVersion> scheduled(long nasId) {
        return take(nasId, BackupReason.SCHEDULED);
    }

    /** Every registered NAS id, for the scheduler. */
    List<Long> allNas() {
        return nas.findAll().stream().map(Nas::id).toList();
    }

    private Optional<BackupVersion> take(long nasId, BackupReason reason) {
        Nas router = requireNas(nasId);
        ReentrantLock lock = lock(nasId);
        lock.lock();
        try {
            RouterOsClient client = routers.client(nasId);
            Map<String, List<Map<String, String>>> content;
            try {
                content = read(client);
                List<Map<String, String>> carried = carried(nasId);
                if (!carried.isEmpty()) {
                    content.put(CARRIED, carried);
                }
            } catch (RouterOsException e) {
                throw new RouterCommandException(nasId, "Backup of " + router.name() + " failed: " + e.getMessage(), e.unreachable(), e);
            }
            String checksum = checksum(content);
            String file = saveOnRouter(client, router);
            Optional<BackupVersion> latest = store.latest(nasId);
            if (reason == BackupReason.SCHEDULED && latest.isPresent() && latest.get().checksum().equals(checksum)) {
                log.debug("backup of {}: unchanged since version {}", router.name(), latest.get().version());
                return Optional.empty();
            }
            String stored = write(transformPasswords(content, cipher::encrypt));
            BackupVersion version = tx.execute(status -> {
                BackupVersion v = store.insert(nasId, AuditRecord.currentActor(), reason, stored, checksum, file);
                store.prune(nasId, keep);
                return v;
            });
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("version", version.version());
            after.put("reason", reason.name());
            after.put("file", file);
            audit.record(AuditRecord.of("network.backup.taken", "nas:" + router.name()).withAfter(after));
            return Optional.of(version);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads every backed-up menu; of the managed menus only Arus's entries and the fields it owns (all PPP
     * profiles, for reference), and no dynamic addresses (a DHCP lease is not configuration).
     */
    private static Map<String, List<Map<String, String>>> read(RouterOsClient client) {
        Map<String, List<Map<String, String>>> content = new LinkedHashMap<>();
        for (var menu : MENUS.entrySet()) {
            Command command = Command.of(menu.getValue());
            DesiredKind kind = MANAGED.get(menu.getKey());
            boolean onlyManaged = kind != null && kind != DesiredKind.PPP_PROFILE;
            if (onlyManaged) {
                // Without .id: the router renumbers it on reset, so it is not configuration.
                command = command.proplist(ManagedMenu.of(kind).fields().toArray(String[]::new));
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (Map<String, String> row : client.print(command)) {
                if (onlyManaged && !ManagedMenu.managed(row)) {
                    continue;
                }
                if (menu.getKey().equals("/ip/address") && "true".equals(row.get("dynamic"))) {
                    continue;
                }
                Map<String, String> kept = new TreeMap<>(row);
                // .id and friends are the router's bookkeeping, renumbered on reset: not configuration.
                kept.keySet().removeIf(k -> k.startsWith("."));
                rows.add(kept);
            }
            rows.sort(Comparator.comparing(r -> BackupDiff.keyOf(menu.getKey(), r)));
            content.put(menu.getKey(), rows);
        }
        return content;
    }

    /**
     * Saves RouterOS's own binary backup as {@code arus-<nas>-<yyyyMMdd-HHmm>}. A refusal (e.g. a full
     * disk) is logged and the snapshot still stored: Arus's own copy is the one restore uses.
     */
    private String saveOnRouter(RouterOsClient client, Nas router) {
        String name = filePrefix(router) + FILE_STAMP.format(clock.instant());
        try {
            client.execute(Command.of("/system/backup/save").with("name", name));
        } catch (RouterOsTrapException e) {
            log.warn("backup of {}: router refused /system/backup/save: {}", router.name(), e.getMessage());
            return null;
        }
        pruneRouterFiles(client, router, filePrefix(router));
        return name + ".backup";
    }

    /**
     * Removes all but the newest {@code keep} of Arus's dated backup files of this NAS from the router, as a
     * nightly file would otherwise fill its flash in time. Only files named by Arus are touched; the dated
     * names sort in time order. A refusal is logged: the next backup tries again.
     */
    private void pruneRouterFiles(RouterOsClient client, Nas router, String prefix) {
        try {
            List<Map<String, String>> files = client.print(Command.of("/file/print").proplist(".id", "name"));
            List<Map<String, String>> ours = files.stream()
                    .filter(f -> isDatedFile(f.get("name"), prefix))
                    .sorted(Comparator.comparing((Map<String, String> f) -> f.get("name")).reversed())
                    .toList();
            for (Map<String, String> old : ours.subList(Math.min(keep, ours.size()), ours.size())) {
                client.execute(Command.of("/file/remove").with(".id", old.get(".id")));
            }
        } catch (RouterOsTrapException e) {
            log.warn("backup of {}: old backup files not removed: {}", router.name(), e.getMessage());
        }
    }

    /** Exactly prefix + date: "arus-core-" must not match "arus-core-2-..." of another NAS. */
    private static boolean isDatedFile(String name, String prefix) {
        return name != null && name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d{8}-\\d{4}\\.backup");
    }

    /** {@code arus-<nas name as a file name>-}; the date follows. */
    static String filePrefix(Nas router) {
        return "arus-" + router.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "-";
    }

    private Map<String, List<Map<String, String>>> load(long nasId, int version) {
        String text = store.content(nasId, version)
                .orElseThrow(() -> new NoSuchElementException("NAS " + nasId + " has no backup version " + version));
        try {
            Map<String, List<Map<String, String>>> read = json.readValue(text, CONTENT);
            // jsonb does not keep key order; list the menus as snapshots take them, so diffs read the same way.
            Map<String, List<Map<String, String>>> ordered = new LinkedHashMap<>();
            MENUS.keySet().stream().filter(read::containsKey).forEach(m -> ordered.put(m, read.get(m)));
            ordered.putAll(read);
            return ordered;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Backup version " + version + " of NAS " + nasId + " is unreadable", e);
        }
    }

    private Map<String, List<Map<String, String>>> plain(Map<String, List<Map<String, String>>> stored) {
        return transformPasswords(stored, cipher::decrypt);
    }

    private static Map<String, List<Map<String, String>>> transformPasswords(Map<String, List<Map<String, String>>> content,
                                                                           UnaryOperator<String> password) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        content.forEach((menu, rows) -> out.put(menu, rows.stream().map(row -> {
            Map<String, String> copy = new TreeMap<>(row);
            copy.computeIfPresent("password", (k, v) -> password.apply(v));
            return (Map<String, String>) copy;
        }).toList()));
        return out;
    }

    /** HMAC-SHA256 of the plain content: equal content gives an equal checksum though the stored cipher text differs. */
    private String checksum(Map<String, List<Map<String, String>>> plain) {
        return Digests.hmacSha256Hex(hmacKey(), write(plain).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] hmacKey() {
        byte[] key = hmacKey;
        if (key == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            // Whoever inserts first wins; everyone then uses the stored key.
            String stored = store.keyCipher(cipher.encrypt(Base64.getEncoder().encodeToString(fresh)));
            key = Base64.getDecoder().decode(cipher.decrypt(stored));
            hmacKey = key;
        }
        return key;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Nas requireNas(long nasId) {
        return nas.findById(nasId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + nasId));
    }

    private ReentrantLock lock(long nasId) {
        return locks.computeIfAbsent(nasId, id -> new ReentrantLock());
    }

}
