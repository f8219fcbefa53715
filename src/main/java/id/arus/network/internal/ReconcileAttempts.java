package id.arus.network.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.NetworkIncident;
import id.arus.network.ReconcileReport;
import id.arus.network.Reconciler;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * One reconcile attempt and what follows from it for the NAS's incidents: a success resolves them, a
 * refused login or refused commands open one at once, and an unreachable router opens one when the
 * {@link ReconcileRetryPolicy} gives up. Runs as the caller ({@code system:reconcile} for the automatic
 * runs, the staff member for "retry now"), who is recorded as the one who resolved or saw the failure.
 */
@Component
public class ReconcileAttempts {

    private static final Logger log = LoggerFactory.getLogger(ReconcileAttempts.class);

    private final Reconciler reconciler;
    private final ReconcileRetryPolicy policy;
    private final ReconcileIncidentStore incidents;
    private final AuditTrail audit;

    ReconcileAttempts(Reconciler reconciler, ReconcileRetryPolicy policy, ReconcileIncidentStore incidents, AuditTrail audit) {
        this.reconciler = reconciler;
        this.policy = policy;
        this.incidents = incidents;
        this.audit = audit;
    }

    /**
     * What one attempt did.
     *
     * @param report   the reconcile's report, or null when it could not run
     * @param opened   the incident this attempt opened or added its failure to, or null
     * @param resolved the incidents this attempt resolved
     */
    public record Attempt(ReconcileReport report, ReconcileRetryPolicy.Decision decision, NetworkIncident opened,
                          List<NetworkIncident> resolved) {

        /** Why the reconcile could not run, or null when it ran. */
        public String error() {
            return report == null ? decision.error() : null;
        }
    }

    /**
     * Reconciles the NAS now and settles its incidents. Must run in a transaction, so the incident changes
     * and their audit entries are kept together.
     *
     * @param attempt      this attempt's number in the current series of automatic attempts, from 1
     * @param firstFailure when the current series first failed, or null
     * @param automatic    false for a staff member's retry (no back-off: its failure goes into the incident)
     * @throws NoSuchElementException when the NAS was removed meanwhile
     */
    public Attempt run(long nasId, int attempt, Instant firstFailure, boolean automatic) {
        ReconcileReport report = null;
        ReconcileRetryPolicy.Decision decision;
        try {
            report = reconciler.reconcile(nasId);
            decision = policy.afterReport(report);
        } catch (NoSuchElementException | AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            // RouterCommandException in the normal case; anything else is as much a reason to try again later.
            decision = policy.afterFailure(e, attempt, automatic);
            log.info("Reconcile of NAS {} failed (attempt {}): {}", nasId, attempt, decision.error());
        }
        String actor = actor();
        List<NetworkIncident> resolved = incidents.resolveOpen(nasId, decision.resolve(), actor,
                automatic ? "A later reconcile went through" : "Retried: the reconcile went through");
        for (NetworkIncident incident : resolved) {
            audit.record(AuditRecord.of("network.incident.resolved", subject(incident)).withBefore(summary(incident))
                    .withDetail("reconcile succeeded"));
        }
        NetworkIncident opened = null;
        if (decision.open() != null) {
            ReconcileIncidentStore.Opened result = incidents.open(nasId, decision.open(), automatic ? attempt : 1,
                    firstFailure, decision.error(), decision.messages());
            opened = result.incident();
            audit.record(AuditRecord.of(result.isNew() ? "network.incident.opened" : "network.incident.failed-again",
                    subject(opened)).withAfter(summary(opened)));
        }
        return new Attempt(report, decision, opened, resolved);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? AuditRecord.SYSTEM : authentication.getName();
    }

    static String subject(NetworkIncident incident) {
        return "nas:" + incident.nasName();
    }

    /** What the trail keeps of an incident: the router's messages are in the incident itself. */
    static Map<String, Object> summary(NetworkIncident incident) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("incident", incident.id());
        values.put("kind", incident.kind().name());
        values.put("attempts", incident.attempts());
        values.put("lastError", incident.lastError());
        return values;
    }
}
