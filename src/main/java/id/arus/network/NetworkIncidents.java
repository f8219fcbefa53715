package id.arus.network;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.ReconcileAttempts;
import id.arus.network.internal.ReconcileIncidentStore;
import id.arus.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents automatic reconciles open when a router keeps failing (see {@link NetworkIncident}). NOC
 * and ADMIN retry and resolve them; technicians and customer service may look. Every action is audited.
 */
@Service
public class NetworkIncidents {

    /** A list longer than this is for a report, not a screen. */
    public static final int MAX_LISTED = 500;
    static final int MAX_NOTE = 2000;

    private final ReconcileIncidentStore store;
    private final ReconcileAttempts attempts;
    private final AuditTrail audit;

    NetworkIncidents(ReconcileIncidentStore store, ReconcileAttempts attempts, AuditTrail audit) {
        this.store = store;
        this.attempts = attempts;
        this.audit = audit;
    }

    /** Open incidents first, then the most recent failure first; at most {@link #MAX_LISTED}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public List<NetworkIncident> list(NetworkIncidentFilter filter) {
        return store.list(filter == null ? NetworkIncidentFilter.all() : filter, MAX_LISTED);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public NetworkIncident get(long id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException("No network incident with id " + id));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public long countOpen() {
        return store.countOpen();
    }

    /**
     * Reconciles the incident's router now, whatever back-off was pending. Success resolves the router's
     * open incidents (this one included); a failure is added to the matching open incident, so the result
     * always shows the router's own words.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public NetworkIncidentRetry retry(long id) {
        NetworkIncident incident = get(id);
        audit.record(AuditRecord.of("network.incident.retried", "nas:" + incident.nasName())
                .withAfter(Map.of("incident", id, "kind", incident.kind().name())));
        ReconcileAttempts.Attempt attempt = attempts.run(incident.nasId(), 1, null, false);
        return new NetworkIncidentRetry(attempt.report(), attempt.error(), attempt.decision().messages(), get(id));
    }

    /**
     * Closes an open incident by hand, with a note saying what was done.
     *
     * @throws InvalidInputException when the note is blank or too long, or the incident is already resolved
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public NetworkIncident resolve(long id, String note) {
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "incident.note.required");
        }
        if (note.strip().length() > MAX_NOTE) {
            throw InvalidInputException.of("note", "incident.note.tooLong");
        }
        NetworkIncident before = get(id);
        if (!store.resolve(id, SecurityContextHolder.getContext().getAuthentication().getName(), note.strip())) {
            throw InvalidInputException.of("note", "incident.alreadyResolved");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("incident", id);
        after.put("kind", before.kind().name());
        after.put("note", note.strip());
        audit.record(AuditRecord.of("network.incident.resolved", "nas:" + before.nasName()).withAfter(after));
        return get(id);
    }
}
