package id.arus.network;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.FailoverStore;
import id.arus.network.internal.NasStore;
import id.arus.network.internal.RouterPool;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves a primary NAS's subscribers to its backup when the primary has been unreachable for
 * {@code arus.network.failover.after} (default 5 minutes), and hands them back once the primary has been
 * online again for {@code arus.network.failover.settle} (default 2 minutes). Staff may also fail over or
 * hand back at once, with a reason. Every start and end is audited ({@code network.failover.started},
 * {@code network.failover.ended}).
 *
 * <p>A failover is a {@code nas_failover} row: while it exists the reconciler gives the backup the
 * primary's desired entries as well. Starting one inserts the row and reconciles the backup; handing back
 * reconciles the primary first (so its entries are there before anyone redials), then deletes the row and
 * reconciles the backup, which removes the entries and ends their sessions so customers redial to the
 * primary. A reconcile that fails is owed ({@code nas_failover_reconcile}) and retried on every check.
 * Both moves publish {@link DesiredStateChanged} for the backup, whose desired state they change.
 *
 * <p>Only UNREACHABLE counts as down. LOGIN_REFUSED and ERROR mean the router answers on the network, so
 * it very likely still serves its PPPoE customers; moving them would be a guess on a credentials or API
 * problem that staff must fix. Staff can still fail over by hand.
 *
 * <p>A backup is used only when its latest recorded status is ONLINE (one never reached is not trusted),
 * it is not itself a failed primary (never chains), and its own subscribers plus all it already carries
 * plus the primary's fit its capacity (no capacity: no limit). Of several such backups the one with the
 * most room takes over ({@link PlacementCandidate#MOST_ROOM_FIRST}).
 *
 * <p>Several Arus nodes may run the watcher: an advisory lock per primary lets one act at a time, and the
 * conditional insert/delete of the row decides who started or ended a failover, so each is done and
 * audited once.
 */
@Service
public class Failover {

    private static final Logger log = LoggerFactory.getLogger(Failover.class);
    static final String STARTED = "STARTED";
    static final String ENDED = "ENDED";
    private static final int MAX_REASON = 500;

    /** What one check did. */
    public record Check(int started, int ended, int reconciled, int failed) {
    }

    private final FailoverStore store;
    private final NasStore registry;
    private final Reconciler reconciler;
    private final RouterPool routers;
    /** For the locks that let one node at a time act on a primary (or reconcile a router for it). */
    private final DataSource locks;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Duration after;
    private final Duration settle;
    private final Clock clock = Clock.systemUTC();
    /** Primaries whose blocked failover was already logged, so a check every 30 s does not repeat it. */
    private final Set<Long> blockedLogged = ConcurrentHashMap.newKeySet();

    Failover(FailoverStore store, NasStore registry, Reconciler reconciler, RouterPool routers, DataSource locks,
             AuditTrail audit, TransactionTemplate tx, ApplicationEventPublisher events,
             @Value("${arus.network.failover.after:5m}") Duration after,
             @Value("${arus.network.failover.settle:2m}") Duration settle) {
        this.store = store;
        this.registry = registry;
        this.reconciler = reconciler;
        this.routers = routers;
        this.locks = locks;
        this.audit = audit;
        this.tx = tx;
        this.events = events;
        this.after = after;
        this.settle = settle;
    }

    /** Every primary with a backup, one entry per backup, primaries by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    public List<FailoverPair> pairs() {
        Facts facts = facts();
        Map<Long, FailoverStore.Owed> owed = store.owed().stream()
                .collect(Collectors.toMap(FailoverStore.Owed::nasId, Function.identity()));
        List<FailoverPair> pairs = new ArrayList<>();
        for (Nas primary : facts.all()) {
            if (primary.role() != NasRole.PRIMARY) {
                continue;
            }
            FailoverStore.Active active = facts.active().get(primary.id());
            FailoverPair.Active shown = active == null ? null
                    : new FailoverPair.Active(active.backupId(), active.startedAt(), active.reason(), active.startedBy(), active.manual());
            NasStatusChange status = facts.statuses().get(primary.id());
            String obstacle = active == null ? choose(primary, facts, null).problem().orElse(null) : null;
            for (Nas backup : facts.backupsOf(primary.id())) {
                NasStatusChange backupStatus = facts.statuses().get(backup.id());
                FailoverStore.Owed pending = owed.get(backup.id());
                pairs.add(new FailoverPair(primary, backup, status == null ? null : status.status(),
                        status == null ? null : status.changedAt(), backupStatus == null ? null : backupStatus.status(),
                        shown, pending == null ? null : pending.lastError(), obstacle));
            }
        }
        return pairs;
    }

    /**
     * Why the primary's subscribers could not be moved now: a message key of the {@code network-failover}
     * bundle, or empty when a backup can take them.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    public Optional<String> obstacle(long primaryId) {
        Facts facts = facts();
        Nas primary = facts.nas(primaryId);
        return choose(primary, facts, null).problem();
    }

    /**
     * Moves the primary's subscribers to its best backup now (staff decision, e.g. maintenance). A failover
     * started by hand is ended by hand: the watcher does not hand it back.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    public FailoverMove failOver(long primaryId, String reason) {
        return failOver(primaryId, null, reason);
    }

    /**
     * Like {@link #failOver(long, String)}, onto the given backup of the primary (null: the best one); the
     * same checks apply to it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    public FailoverMove failOver(long primaryId, Long backupId, String reason) {
        String why = requireReason(reason);
        Facts facts = facts();
        Nas primary = facts.nas(primaryId);
        if (primary.role() != NasRole.PRIMARY) {
            throw InvalidInputException.of("primary", "failover.notPrimary");
        }
        if (facts.active().containsKey(primaryId)) {
            throw InvalidInputException.of("primary", "failover.already");
        }
        Choice choice = choose(primary, facts, backupId);
        if (choice.backup() == null) {
            throw InvalidInputException.of("primary", choice.problem().orElseThrow());
        }
        AtomicReference<FailoverMove> move = new AtomicReference<>();
        boolean ran = tryLocked(AdvisoryLocks.Space.FAILOVER, primaryId,
                () -> move.set(start(primary, choice.backup(), clock.instant(), why, true)));
        if (!ran) {
            throw InvalidInputException.of("primary", "failover.busy");
        }
        if (move.get() == null) {
            // another check started it meanwhile, or the backup filled up since the choice was made
            throw InvalidInputException.of("primary", store.active(primaryId).isPresent() ? "failover.already" : "failover.backupFull");
        }
        return move.get();
    }

    /**
     * Hands the primary's subscribers back now: reconciles the primary (a {@link RouterCommandException}
     * when it cannot be, and nothing changes), ends the failover and reconciles the backup.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    public FailoverMove handBack(long primaryId, String reason) {
        String why = requireReason(reason);
        Nas primary = registry.findById(primaryId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + primaryId));
        if (store.active(primaryId).isEmpty()) {
            throw InvalidInputException.of("primary", "failover.notActive");
        }
        AtomicReference<FailoverMove> move = new AtomicReference<>();
        boolean ran = tryLocked(AdvisoryLocks.Space.FAILOVER, primaryId, () -> move.set(end(primary, why)));
        if (!ran) {
            throw InvalidInputException.of("primary", "failover.busy");
        }
        if (move.get() == null) {
            throw InvalidInputException.of("primary", "failover.notActive");
        }
        return move.get();
    }

    /** One check now, as the watcher runs it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    public Check watch() {
        return watch(clock.instant());
    }

    /**
     * One check as of {@code now}: retries owed reconciles, starts the failovers that are due and hands
     * back the primaries that have settled. Statuses are compared with {@code now}, so tests can move time.
     */
    Check watch(Instant now) {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        AtomicInteger reconciled = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();

        for (FailoverStore.Owed owed : store.owed()) {
            if (payOwed(owed.nasId()) == null) {
                reconciled.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
        }

        Facts facts = facts();
        for (Nas primary : facts.all()) {
            NasStatusChange status = facts.statuses().get(primary.id());
            if (primary.role() != NasRole.PRIMARY || facts.active().containsKey(primary.id()) || !downLongEnough(status, now)) {
                blockedLogged.remove(primary.id());
                continue;
            }
            Choice choice = choose(primary, facts, null);
            if (choice.backup() == null) {
                if (blockedLogged.add(primary.id())) {
                    log.warn("failover: {} is unreachable since {} but cannot fail over: {}", primary.name(),
                            status.changedAt(), choice.problem().orElseThrow());
                }
                continue;
            }
            String reason = "unreachable since " + status.changedAt() + (status.detail() == null ? "" : ": " + status.detail());
            tryLocked(AdvisoryLocks.Space.FAILOVER, primary.id(), () -> {
                FailoverMove move = start(primary, choice.backup(), now, reason, false);
                if (move != null) {
                    started.incrementAndGet();
                    (move.reconciled() ? reconciled : failed).incrementAndGet();
                }
            });
        }

        for (FailoverStore.Active active : facts.active().values()) {
            NasStatusChange status = facts.statuses().get(active.primaryId());
            if (active.manual() || !settled(status, now)) {
                continue;
            }
            Optional<Nas> found = facts.find(active.primaryId());
            if (found.isEmpty()) {
                continue; // removed since the failovers were read; its row went with it
            }
            Nas primary = found.get();
            tryLocked(AdvisoryLocks.Space.FAILOVER, primary.id(), () -> {
                try {
                    FailoverMove move = end(primary, "online again since " + status.changedAt());
                    if (move != null) {
                        ended.incrementAndGet();
                        (move.reconciled() ? reconciled : failed).incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    log.warn("failover: handing {} back failed, retried on the next check: {}", primary.name(), e.getMessage());
                }
            });
        }
        return new Check(started.get(), ended.get(), reconciled.get(), failed.get());
    }

    private boolean downLongEnough(NasStatusChange status, Instant now) {
        return status != null && status.status() == NasStatus.UNREACHABLE && !status.changedAt().plus(after).isAfter(now);
    }

    private boolean settled(NasStatusChange status, Instant now) {
        return status != null && status.status() == NasStatus.ONLINE && !status.changedAt().plus(settle).isAfter(now);
    }

    /**
     * Inserts the failover row (if nobody else did), owes the backup a reconcile and audits, in one
     * transaction; then reconciles the backup. Call holding the primary's lock.
     *
     * @return null when the failover was already in force or the backup no longer has room
     */
    private FailoverMove start(Nas primary, Nas backup, Instant at, String reason, boolean manual) {
        String actor = AuditRecord.currentActor();
        Boolean started = tx.execute(status -> {
            store.lockRouter(backup.id());
            Facts now = facts();
            PlacementCandidate room = new PlacementCandidate(backup, now.load(backup.id()));
            if (!room.fits(now.own(primary.id())) || !store.start(primary.id(), backup.id(), at, reason, actor, manual)) {
                return false;
            }
            store.owe(backup.id(), STARTED);
            // the backup's desired state now includes the primary's entries
            events.publishEvent(new DesiredStateChanged(backup.id()));
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("backup", backup.name());
            values.put("subscribers", now.own(primary.id()));
            values.put("manual", manual);
            values.put("reason", reason);
            audit.record(AuditRecord.of("network.failover.started", "nas:" + primary.name()).withAfter(values));
            return true;
        });
        if (!Boolean.TRUE.equals(started)) {
            return null;
        }
        log.warn("failover: subscribers of {} are now provisioned on {} ({})", primary.name(), backup.name(), reason);
        String error = payOwed(backup.id());
        return new FailoverMove(primary.id(), backup.id(), error == null, error);
    }

    /**
     * Reconciles the primary, then deletes the row, owes the backup a reconcile and audits, then reconciles
     * the backup. Call holding the primary's lock.
     *
     * @return null when no failover was in force
     * @throws RouterCommandException when the primary cannot be reconciled; the failover stays in force
     */
    private FailoverMove end(Nas primary, String reason) {
        Optional<FailoverStore.Active> active = store.active(primary.id());
        if (active.isEmpty()) {
            return null;
        }
        long backupId = active.get().backupId();
        // Its pooled connections died with it and its circuit breaker may still be open: start afresh.
        routers.forget(primary.id());
        ReconcileReport onPrimary = reconciler.reconcile(primary.id());
        if (!onPrimary.failures().isEmpty()) {
            throw new RouterCommandException(primary.id(), "Hand-back of " + primary.name() + " stopped: the primary refused "
                    + onPrimary.failures().size() + " command(s), first: " + onPrimary.failures().get(0), false, null);
        }
        Boolean ended = tx.execute(status -> {
            if (!store.end(primary.id())) {
                return false;
            }
            store.owe(backupId, ENDED);
            events.publishEvent(new DesiredStateChanged(backupId));
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("backup", registry.findById(backupId).map(Nas::name).orElse(String.valueOf(backupId)));
            before.put("since", active.get().startedAt().toString());
            before.put("manual", active.get().manual());
            before.put("reason", active.get().reason());
            audit.record(AuditRecord.of("network.failover.ended", "nas:" + primary.name()).withBefore(before)
                    .withAfter(Map.of("reason", reason)));
            return true;
        });
        if (!Boolean.TRUE.equals(ended)) {
            return null;
        }
        log.warn("failover: subscribers of {} handed back to it ({})", primary.name(), reason);
        String error = payOwed(backupId);
        return new FailoverMove(primary.id(), backupId, error == null, error);
    }

    /**
     * Reconciles a router a failover move owes a reconcile. A failure is stored with the owed entry,
     * logged, and retried on the next check.
     *
     * @return null when done, else why not
     */
    private String payOwed(long nasId) {
        AtomicReference<String> error = new AtomicReference<>();
        boolean ran = tryLocked(AdvisoryLocks.Space.FAILOVER_RECONCILE, nasId, () -> {
            try {
                ReconcileReport report = reconciler.reconcile(nasId);
                if (report.failures().isEmpty()) {
                    store.paid(nasId);
                } else {
                    error.set(report.failures().size() + " command(s) refused, first: " + report.failures().get(0));
                }
            } catch (RuntimeException e) {
                error.set(e.getMessage());
            }
            if (error.get() != null) {
                store.attemptFailed(nasId, error.get());
                log.warn("failover: reconcile of NAS {} failed, retried on the next check: {}", nasId, error.get());
            }
        });
        return ran ? error.get() : "being reconciled by another check";
    }

    private record Choice(Nas backup, Optional<String> problem) {
    }

    /**
     * The backup that should take the primary's subscribers, or the message key saying why none can.
     *
     * @param only the one backup to consider, or null for all of the primary's
     */
    private static Choice choose(Nas primary, Facts facts, Long only) {
        List<Nas> backups = facts.backupsOf(primary.id());
        if (backups.isEmpty()) {
            return new Choice(null, Optional.of("failover.noBackup"));
        }
        if (only != null) {
            backups = backups.stream().filter(b -> b.id() == only).toList();
            if (backups.isEmpty()) {
                return new Choice(null, Optional.of("failover.backupNotOfPrimary"));
            }
        }
        List<Nas> online = backups.stream()
                .filter(b -> facts.status(b.id()) == NasStatus.ONLINE && !facts.active().containsKey(b.id()))
                .toList();
        if (online.isEmpty()) {
            return new Choice(null, Optional.of("failover.backupDown"));
        }
        int moving = facts.own(primary.id());
        return online.stream()
                .map(b -> new PlacementCandidate(b, facts.load(b.id())))
                .filter(c -> c.fits(moving))
                .min(PlacementCandidate.MOST_ROOM_FIRST)
                .map(c -> new Choice(c.nas(), Optional.empty()))
                .orElse(new Choice(null, Optional.of("failover.backupFull")));
    }

    /** One consistent read of what failover decides on. */
    private Facts facts() {
        Map<Long, FailoverStore.Active> active = new LinkedHashMap<>();
        store.active().forEach(a -> active.put(a.primaryId(), a));
        return new Facts(registry.findAll(), store.latestStatuses(), active, store.ownSubscribers());
    }

    private record Facts(List<Nas> all, Map<Long, NasStatusChange> statuses, Map<Long, FailoverStore.Active> active,
                         Map<Long, Integer> subscribers) {

        Nas nas(long id) {
            return find(id).orElseThrow(() -> new NoSuchElementException("No NAS with id " + id));
        }

        Optional<Nas> find(long id) {
            return all.stream().filter(n -> n.id() == id).findFirst();
        }

        NasStatus status(long id) {
            NasStatusChange s = statuses.get(id);
            return s == null ? null : s.status();
        }

        List<Nas> backupsOf(long primaryId) {
            return all.stream().filter(n -> n.backupOf() != null && n.backupOf() == primaryId)
                    .sorted(Comparator.comparing(Nas::name, String.CASE_INSENSITIVE_ORDER)).toList();
        }

        int own(long nasId) {
            return subscribers.getOrDefault(nasId, 0);
        }

        /** Its own subscribers and those of every primary it carries now. */
        int load(long nasId) {
            Set<Long> carried = new HashSet<>();
            active.values().stream().filter(a -> a.backupId() == nasId).forEach(a -> carried.add(a.primaryId()));
            return own(nasId) + carried.stream().mapToInt(this::own).sum();
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "failover.reason.required");
        }
        if (reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "failover.reason.tooLong");
        }
        return reason.trim();
    }


    /** Runs {@code work} holding the cluster-wide lock of {@code id}, or skips it (false) while another node holds it. */
    private boolean tryLocked(AdvisoryLocks.Space space, long id, Runnable work) {
        return AdvisoryLocks.tryRun(locks, AdvisoryLocks.of(space, id), work);
    }
}
