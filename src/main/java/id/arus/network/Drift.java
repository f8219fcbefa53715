package id.arus.network;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.ManagedDiff;
import id.arus.network.internal.NasStore;
import id.arus.network.internal.ReconcileStore;
import id.arus.network.routeros.LoginRefusedException;
import id.arus.network.routeros.RouterOsException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The drift of each router from the desired state, for staff to see before (or instead of) reconciling,
 * and reconciling every router at once.
 *
 * <p>The drift is computed with the same plan the {@link Reconciler} applies ({@code ManagedDiff} per
 * managed menu, failover projection included), so what the view shows is exactly what a reconcile would
 * send; it only reads the router (one {@code print} per managed menu, pipelined).
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
                outcomes.add(new ReconcileOutcome(router.id(), router.name(), reconciler.reconcile(router.id()), null, false, false));
            } catch (RouterCommandException e) {
                outcomes.add(new ReconcileOutcome(router.id(), router.name(), null, e.getMessage(), e.unreachable(),
                        e.loginRefused()));
            } catch (RuntimeException e) {
                // Not a router fault (a NAS removed meanwhile, a bug): still no reason to skip the rest.
                log.warn("reconcile-all: {} failed", router.name(), e);
                outcomes.add(new ReconcileOutcome(router.id(), router.name(), null, String.valueOf(e.getMessage()), false, false));
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
            List<DriftReport.KindDrift> kinds = new ArrayList<>();
            for (ManagedDiff.Plan plan : planned.plans().values()) {
                kinds.add(new DriftReport.KindDrift(plan.kind(), plan.added(),
                        plan.changed().stream().map(c -> new DriftReport.Change(c.key(), c.fields())).toList(),
                        plan.removed(), plan.unmanaged(), plan.conflicts()));
            }
            return new DriftReport(nasId, router.name(), at, kinds, last, null, NasStatus.ONLINE);
        } catch (LoginRefusedException e) {
            return new DriftReport(nasId, router.name(), at, List.of(), last, e.getMessage(), NasStatus.LOGIN_REFUSED);
        } catch (RouterOsException e) {
            return new DriftReport(nasId, router.name(), at, List.of(), last, e.getMessage(),
                    e.unreachable() ? NasStatus.UNREACHABLE : NasStatus.ERROR);
        }
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
