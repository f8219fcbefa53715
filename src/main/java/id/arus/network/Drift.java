package id.arus.network;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.NasStore;
import id.arus.network.internal.ReconcileStore;
import id.arus.network.internal.SecretDiff;
import id.arus.network.routeros.Command;
import id.arus.network.routeros.RouterOsException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The drift of each router from the desired state, for staff to see before (or instead of) reconciling,
 * and reconciling every router at once.
 *
 * <p>The drift is computed with the same {@link SecretDiff} the {@link Reconciler} applies, so what the
 * view shows is exactly what a reconcile would send; it only reads the router (one {@code print}).
 */
@Service
public class Drift {

    private static final Logger log = LoggerFactory.getLogger(Drift.class);

    private final Reconciler reconciler;
    private final NasStore nas;
    private final ReconcileStore results;
    private final AuditTrail audit;

    Drift(Reconciler reconciler, NasStore nas, ReconcileStore results, AuditTrail audit) {
        this.reconciler = reconciler;
        this.nas = nas;
        this.results = results;
        this.audit = audit;
    }

    /**
     * Reads the router and reports what differs, changing nothing. A router that cannot be read gives a
     * report with {@code error} set rather than an exception, so a list of routers shows it in its row.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public DriftReport drift(long nasId) {
        return check(nas.findById(nasId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + nasId)));
    }

    /** The drift of every NAS, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public List<DriftReport> driftAll() {
        // One router after the other: a dead one costs at most its connect timeout, then its circuit
        // breaker answers at once; reading hundreds in parallel is left for when it is needed.
        return nas.findAll().stream().map(this::check).toList();
    }

    /**
     * Reconciles every NAS. A router that fails (unreachable, login refused, ...) is reported in its
     * outcome and the others are still reconciled. Audited once with the totals; each reconcile that
     * changed something is audited by the {@link Reconciler} too.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    public List<ReconcileOutcome> reconcileAll() {
        List<ReconcileOutcome> outcomes = new ArrayList<>();
        for (Nas router : nas.findAll()) {
            try {
                outcomes.add(new ReconcileOutcome(router.id(), router.name(), reconciler.reconcile(router.id()), null, false));
            } catch (RouterCommandException e) {
                outcomes.add(new ReconcileOutcome(router.id(), router.name(), null, e.getMessage(), e.unreachable()));
            } catch (RuntimeException e) {
                // Not a router fault (a NAS removed meanwhile, a bug): still no reason to skip the rest.
                log.warn("reconcile-all: {} failed", router.name(), e);
                outcomes.add(new ReconcileOutcome(router.id(), router.name(), null, String.valueOf(e.getMessage()), false));
            }
        }
        audit.record(AuditRecord.of("network.reconcile.all", "nas:*").withAfter(totals(outcomes)));
        return outcomes;
    }

    private DriftReport check(Nas router) {
        long nasId = router.id();
        Instant at = Instant.now();
        ReconcileReport.Summary last = results.last(nasId).orElse(null);
        try {
            Reconciler.Planned planned = reconciler.plan(nasId);
            List<Map<String, String>> actual = planned.actual();
            SecretDiff.Plan plan = planned.plan();

            Map<String, String> nameById = new HashMap<>(actual.size() * 2);
            for (Map<String, String> row : actual) {
                nameById.put(row.get(".id"), row.get("name"));
            }
            List<String> toAdd = plan.adds().stream().map(c -> value(c, "name")).toList();
            List<String> toRemove = plan.removes().stream().map(c -> nameById.get(value(c, ".id"))).toList();
            return new DriftReport(nasId, router.name(), at, toAdd, changes(plan.changes(), nameById), toRemove,
                    plan.unmanaged(), plan.conflicts(), last, null, false);
        } catch (RouterOsException e) {
            return new DriftReport(nasId, router.name(), at, List.of(), List.of(), List.of(), List.of(), List.of(), last,
                    e.getMessage(), e.unreachable());
        }
    }

    /**
     * The changed fields per secret, read back from the planned set/unset commands (a secret can have one
     * of each), so the view names exactly what a reconcile would send, but never the values.
     */
    private static List<DriftReport.Change> changes(List<Command> commands, Map<String, String> nameById) {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        for (Command command : commands) {
            String id = command.path().endsWith("/unset") ? value(command, "numbers") : value(command, ".id");
            Set<String> names = fields.computeIfAbsent(nameById.get(id), n -> new LinkedHashSet<>());
            if (command.path().endsWith("/unset")) {
                names.add(value(command, "value-name"));
                continue;
            }
            for (String word : command.words()) {
                if (word.startsWith("=") && !word.startsWith("=.id=")) {
                    names.add(word.substring(1, word.indexOf('=', 1)));
                }
            }
        }
        return fields.entrySet().stream().map(e -> new DriftReport.Change(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static String value(Command command, String attribute) {
        String prefix = "=" + attribute + "=";
        return command.words().stream().filter(w -> w.startsWith(prefix)).map(w -> w.substring(prefix.length()))
                .findFirst().orElse(null);
    }

    private static Map<String, Object> totals(List<ReconcileOutcome> outcomes) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("routers", outcomes.size());
        map.put("failed", outcomes.stream().filter(o -> !o.succeeded()).map(ReconcileOutcome::nasName).toList());
        map.put("added", outcomes.stream().filter(ReconcileOutcome::succeeded).mapToInt(o -> o.report().added()).sum());
        map.put("changed", outcomes.stream().filter(ReconcileOutcome::succeeded).mapToInt(o -> o.report().changed()).sum());
        map.put("removed", outcomes.stream().filter(ReconcileOutcome::succeeded).mapToInt(o -> o.report().removed()).sum());
        map.put("refused", outcomes.stream().filter(ReconcileOutcome::succeeded).mapToInt(o -> o.report().failures().size()).sum());
        return map;
    }
}
