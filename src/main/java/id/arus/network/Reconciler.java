package id.arus.network;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.DesiredEntries;
import id.arus.network.internal.DesiredEntryStore;
import id.arus.network.internal.DesiredSecretStore;
import id.arus.network.internal.ManagedDiff;
import id.arus.network.internal.ManagedMenu;
import id.arus.network.internal.NasCommandLocks;
import id.arus.network.internal.NasStore;
import id.arus.network.internal.ReconcileStore;
import id.arus.network.internal.RoutePipeline;
import id.arus.network.internal.RouterOsComponent;
import id.arus.network.routeros.Command;
import id.arus.network.routeros.RouterOsException;
import id.arus.network.routeros.RouterOsReply;
import id.arus.network.routeros.RouterOsTrapException;
import id.arus.platform.SecretCipher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Makes a router's managed menus ({@link DesiredKind}) match the {@link DesiredState}: reads each menu
 * once (with {@code .proplist}), computes the difference per menu ({@link ManagedDiff}) and sends every
 * change pipelined, so 10,000 changes cost about one round trip rather than 10,000. Re-running it sends
 * nothing. Entries without Arus's marker are left alone and reported as unmanaged.
 *
 * <p>Order: profiles are added and changed first, since secrets and users name them; then every other
 * change; then profiles no longer wanted are removed, once nothing Arus manages uses them; last, the live
 * sessions whose change only takes effect on reconnect are ended.
 *
 * <p>Failover projection: while a row of {@code nas_failover} says this NAS carries a primary, the
 * primary's desired entries are desired here too (the NAS's own entry wins where both name the same key).
 *
 * <p>A command the router refuses does not stop the others; its message is in the report and the next
 * run tries again. The last result per NAS is stored for the drift view.
 */
@Service
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    /** Route ids (= direct: names) in routes/mikrotik/reconcile.camel.yaml. */
    static final String READ = "mikrotik-read-managed-menus";
    static final String APPLY = "mikrotik-apply-reconcile-plan";
    static final String SESSIONS = "mikrotik-end-stale-sessions";
    /** Enough of the router's messages to see what went wrong without storing thousands of them. */
    private static final int MAX_FAILURES_REPORTED = 50;

    private final DesiredSecretStore secrets;
    private final DesiredEntryStore entries;
    private final NasStore nas;
    private final ReconcileStore results;
    /** The routes in routes/mikrotik/reconcile.camel.yaml, through which every read and change is sent. */
    private final RoutePipeline pipeline;
    private final SecretCipher cipher;
    private final AuditTrail audit;
    /**
     * One reconcile per NAS at a time (two overlapping runs would both add the same missing entries), shared
     * with per-subscriber provisioning for the same reason.
     */
    private final NasCommandLocks locks;

    Reconciler(DesiredSecretStore secrets, DesiredEntryStore entries, NasStore nas, ReconcileStore results,
               SecretCipher cipher, AuditTrail audit, RoutePipeline pipeline, NasCommandLocks locks) {
        this.locks = locks;
        this.pipeline = pipeline;
        this.secrets = secrets;
        this.entries = entries;
        this.nas = nas;
        this.results = results;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * Reconciles the NAS now. An unreachable router (or one refusing the login) gives a stored report with
     * {@code error} set and a {@link RouterCommandException}.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    public ReconcileReport reconcile(long nasId) {
        Nas router = nas.findById(nasId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + nasId));
        return locks.withLock(nasId, () -> run(router));
    }

    /** The last reconcile of the NAS, if any. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public Optional<ReconcileReport.Summary> last(long nasId) {
        return results.last(nasId);
    }

    private ReconcileReport run(Nas router) {
        long nasId = router.id();
        Instant at = Instant.now();
        long start = System.nanoTime();
        try {
            Planned planned = plan(nasId);
            Map<DesiredKind, ManagedDiff.Plan> plans = planned.plans();

            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            List<Command> profilesFirst = new ArrayList<>();
            List<Command> rest = new ArrayList<>();
            List<Command> profilesLast = new ArrayList<>();
            for (ManagedDiff.Plan plan : plans.values()) {
                if (plan.kind().isProfile()) {
                    profilesFirst.addAll(plan.adds());
                    profilesFirst.addAll(plan.changes());
                    profilesLast.addAll(plan.removes());
                } else {
                    rest.addAll(plan.commands());
                }
            }
            awaitAll(nasId, APPLY, profilesFirst, failures, false);
            awaitAll(nasId, APPLY, rest, failures, false);
            awaitAll(nasId, APPLY, profilesLast, failures, false);
            int kicked = 0;
            for (ManagedDiff.Plan plan : plans.values()) {
                kicked += plan.kick().isEmpty() ? 0 : kick(nasId, plan, failures);
            }

            Map<DesiredKind, ReconcileReport.Counts> byKind = new EnumMap<>(DesiredKind.class);
            List<String> unmanaged = new ArrayList<>();
            List<String> conflicts = new ArrayList<>();
            int added = 0;
            int changed = 0;
            int removed = 0;
            for (ManagedDiff.Plan plan : plans.values()) {
                byKind.put(plan.kind(), new ReconcileReport.Counts(plan.added().size(), plan.changed().size(), plan.removed().size()));
                added += plan.added().size();
                changed += plan.changed().size();
                removed += plan.removed().size();
                unmanaged.addAll(plan.unmanaged());
                conflicts.addAll(plan.conflicts());
            }
            int commands = profilesFirst.size() + rest.size() + profilesLast.size();
            ReconcileReport report = new ReconcileReport(nasId, at, added, changed, removed, kicked, commands, unmanaged,
                    conflicts, limit(failures), elapsed(start), null, byKind);
            results.save(report);
            if (commands > 0 || !failures.isEmpty()) {
                audit.record(AuditRecord.of("network.reconcile.applied", "nas:" + router.name()).withAfter(summary(report)));
            }
            return report;
        } catch (RouterOsException e) {
            ReconcileReport report = new ReconcileReport(nasId, at, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(),
                    elapsed(start), e.getMessage(), Map.of());
            results.save(report);
            throw new RouterCommandException(nasId, "Reconcile of " + router.name() + " failed: " + e.getMessage(), e.unreachable(), e);
        }
    }

    /** What a reconcile would send to make each managed menu, as read now, as desired. */
    record Planned(Map<DesiredKind, ManagedDiff.Plan> plans) {
    }

    /**
     * Reads every managed menu of the router (the prints pipelined) and plans, changing nothing; the drift
     * view shows this same plan, so it names exactly what a reconcile would do.
     */
    Planned plan(long nasId) {
        Map<DesiredKind, List<Map<String, String>>> wanted = desired(nasId);
        List<Command> prints = new ArrayList<>();
        for (DesiredKind kind : DesiredKind.values()) {
            prints.add(Command.of(kind.path() + "/print").proplist(ManagedMenu.of(kind).proplist()));
        }
        List<CompletableFuture<RouterOsReply>> replies = pipeline(nasId, READ, prints);
        Map<DesiredKind, CompletableFuture<RouterOsReply>> reads = new EnumMap<>(DesiredKind.class);
        for (DesiredKind kind : DesiredKind.values()) {
            reads.put(kind, replies.get(kind.ordinal()));
        }
        Map<DesiredKind, ManagedDiff.Plan> plans = new EnumMap<>(DesiredKind.class);
        for (DesiredKind kind : DesiredKind.values()) {
            List<Map<String, String>> rows;
            try {
                rows = join(reads.get(kind)).rows();
            } catch (RouterOsTrapException e) {
                if (!wanted.get(kind).isEmpty()) {
                    throw e;
                }
                // A menu the router lacks (e.g. the hotspot package disabled) is fine while Arus wants nothing in it.
                log.debug("reconcile of NAS {}: {} not readable, nothing desired there: {}", nasId, kind.path(), e.getMessage());
                rows = List.of();
            }
            plans.put(kind, ManagedDiff.plan(ManagedMenu.of(kind), wanted.get(kind), rows));
        }
        return new Planned(plans);
    }

    /**
     * The entries to reconcile onto the NAS per kind, passwords in plain text: its own, then those of every
     * primary it carries during a failover. A key the NAS already has keeps its own entry.
     */
    Map<DesiredKind, List<Map<String, String>>> desired(long nasId) {
        List<Long> sources = new ArrayList<>();
        sources.add(nasId);
        sources.addAll(entries.primariesCarriedBy(nasId));
        Map<DesiredKind, List<Map<String, String>>> wanted = new EnumMap<>(DesiredKind.class);
        for (DesiredKind kind : DesiredKind.values()) {
            ManagedMenu menu = ManagedMenu.of(kind);
            Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
            for (long source : sources) {
                for (Map<String, String> entry : stored(source, kind)) {
                    byKey.putIfAbsent(menu.key(entry), entry);
                }
            }
            List<Map<String, String>> list = new ArrayList<>(byKey.size());
            for (Map<String, String> entry : byKey.values()) {
                list.add(decrypted(entry));
            }
            wanted.put(kind, list);
        }
        return wanted;
    }

    /**
     * The keys the NAS would carry for failed primaries now, per kind: the primaries' entries it does not
     * have itself. Empty when no failover is in force.
     */
    Map<DesiredKind, Set<String>> projected(long nasId) {
        List<Long> primaries = entries.primariesCarriedBy(nasId);
        Map<DesiredKind, Set<String>> projected = new EnumMap<>(DesiredKind.class);
        if (primaries.isEmpty()) {
            return projected;
        }
        for (DesiredKind kind : DesiredKind.values()) {
            ManagedMenu menu = ManagedMenu.of(kind);
            Set<String> own = new HashSet<>();
            stored(nasId, kind).forEach(e -> own.add(menu.key(e)));
            Set<String> keys = new TreeSet<>();
            for (long primary : primaries) {
                stored(primary, kind).stream().map(menu::key).filter(k -> !own.contains(k)).forEach(keys::add);
            }
            if (!keys.isEmpty()) {
                projected.put(kind, keys);
            }
        }
        return projected;
    }

    private List<Map<String, String>> stored(long nasId, DesiredKind kind) {
        if (kind == DesiredKind.PPP_SECRET) {
            return secrets.findByNas(nasId).stream().map(DesiredEntries::of).toList();
        }
        return entries.findByNas(nasId, kind);
    }

    private Map<String, String> decrypted(Map<String, String> entry) {
        if (!entry.containsKey("password")) {
            return entry;
        }
        Map<String, String> copy = new LinkedHashMap<>(entry);
        copy.put("password", cipher.decrypt(entry.get("password")));
        return copy;
    }

    /**
     * Ends the live sessions of the users whose change only takes effect on reconnect. Read after the
     * changes are applied so a session that connected meanwhile is caught too.
     */
    private int kick(long nasId, ManagedDiff.Plan plan, List<String> failures) {
        ManagedMenu menu = ManagedMenu.of(plan.kind());
        Command print = Command.of(menu.sessionPath() + "/print").proplist(".id", menu.sessionUser());
        List<Map<String, String>> sessions = join(pipeline(nasId, SESSIONS, List.of(print)).get(0)).rows();
        List<Command> removes = new ArrayList<>();
        for (Map<String, String> session : sessions) {
            if (plan.kick().contains(session.get(menu.sessionUser()))) {
                removes.add(Command.of(menu.sessionPath() + "/remove").with(".id", session.get(".id")));
            }
        }
        return removes.size() - awaitAll(nasId, SESSIONS, removes, failures, true);
    }

    /**
     * Sends every command before waiting for any (pipelining) and waits for all. Returns how many failed.
     *
     * @param goneIsFine a session may end on its own between the read and the remove; that is no failure
     */
    private int awaitAll(long nasId, String route, List<Command> commands, List<String> failures, boolean goneIsFine) {
        if (commands.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<RouterOsReply>> replies = pipeline(nasId, route, commands);
        int failed = 0;
        for (int i = 0; i < replies.size(); i++) {
            try {
                replies.get(i).join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (goneIsFine && cause instanceof RouterOsTrapException) {
                    continue;
                }
                failed++;
                if (cause instanceof RouterOsException && !(cause instanceof RouterOsTrapException)) {
                    // The connection is gone: the remaining replies will not come either.
                    throw (RouterOsException) cause;
                }
                failures.add(commands.get(i).path() + " " + describe(commands.get(i)) + ": " + cause.getMessage());
            }
        }
        return failed;
    }

    private List<CompletableFuture<RouterOsReply>> pipeline(long nasId, String route, List<Command> commands) {
        return pipeline.send(nasId, route, commands);
    }

    private static RouterOsReply join(CompletableFuture<RouterOsReply> reply) {
        return RoutePipeline.join(reply);
    }

    /** Which item a command was for, without values (a value may be a password). */
    private static String describe(Command command) {
        for (String word : command.words()) {
            if (word.startsWith("=name=") || word.startsWith("=.id=") || word.startsWith("=numbers=") || word.startsWith("=address=")) {
                return word.substring(1);
            }
        }
        return "";
    }

    private static List<String> limit(List<String> failures) {
        if (!failures.isEmpty()) {
            log.warn("reconcile: {} command(s) refused, first: {}", failures.size(), failures.get(0));
        }
        return failures.size() <= MAX_FAILURES_REPORTED ? failures : failures.subList(0, MAX_FAILURES_REPORTED);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Map<String, Object> summary(ReconcileReport r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("added", r.added());
        map.put("changed", r.changed());
        map.put("removed", r.removed());
        map.put("kicked", r.kicked());
        map.put("unmanaged", r.unmanaged().size());
        map.put("conflicts", r.conflicts().size());
        map.put("failed", r.failures().size());
        r.byKind().forEach((kind, counts) -> {
            if (counts.added() + counts.changed() + counts.removed() > 0) {
                map.put(kind.name(), counts.added() + "+ " + counts.changed() + "~ " + counts.removed() + "-");
            }
        });
        return map;
    }
}
