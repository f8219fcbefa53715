package id.arus.network;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.NasProber;
import id.arus.network.internal.NasRules;
import id.arus.network.internal.ReconcileQueue;
import id.arus.network.internal.RouterPool;
import id.arus.network.internal.NasStore;
import id.arus.platform.SecretCipher;
import id.arus.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of routers (NAS). NOC and ADMIN add, edit and remove them; technicians and customer
 * service may look. The API password is encrypted before it is stored and is never returned or
 * audited. Every change is audited with the values before and after.
 */
@Service
public class NasManagement {

    private final NasStore store;
    private final SecretCipher cipher;
    private final AuditTrail audit;
    private final NasProber prober;
    private final RouterPool routers;
    private final ReconcileQueue reconciles;

    NasManagement(NasStore store, SecretCipher cipher, AuditTrail audit, NasProber prober, RouterPool routers,
                  ReconcileQueue reconciles) {
        this.reconciles = reconciles;
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
        this.prober = prober;
        this.routers = routers;
    }

    /**
     * Logs in to the router now and reads its version, board, identity, uptime, load and sessions. A
     * change of status (online, login refused, unreachable) goes into the router's history.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public NasProbe testConnection(long id) {
        return prober.probe(get(id));
    }

    /** Each router's status as last recorded (and since when), by NAS id; routers never checked are absent. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public Map<Long, NasStatusChange> currentStatuses() {
        return prober.latestStatuses();
    }

    /** The latest status changes, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public List<NasStatusChange> statusHistory(long id, int limit) {
        return prober.history(id, limit);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public List<Nas> list() {
        return store.findAll();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public Nas get(long id) {
        return store.findById(id).orElseThrow(() -> new NoSuchElementException("No NAS with id " + id));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public Nas create(NasForm form) {
        NasStore.Row row = new NasRules(store).validate(form, null);
        long id = store.insert(row, cipher.encrypt(form.password()));
        Nas created = store.findById(id).orElseThrow();
        audit.record(AuditRecord.of("network.nas.created", subject(created)).withAfter(snapshot(created, true)));
        return created;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public Nas update(long id, NasForm form) {
        Nas before = get(id);
        NasStore.Row row = new NasRules(store).validate(form, before);
        boolean newPassword = form.password() != null && !form.password().isEmpty();
        store.update(id, row, newPassword ? cipher.encrypt(form.password()) : null);
        Nas after = store.findById(id).orElseThrow();
        routers.forget(id); // reconnect with the new address or password
        audit.record(AuditRecord.of("network.nas.changed", subject(after))
                .withBefore(snapshot(before, false)).withAfter(snapshot(after, newPassword)));
        return after;
    }

    /** Removes a NAS no other NAS stands by for. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void remove(long id) {
        Nas nas = get(id);
        if (!store.backupsOf(id).isEmpty()) {
            throw InvalidInputException.of("backupOf", "nas.remove.hasBackups");
        }
        // Its pending reconcile first: a reconcile running now holds that row and then writes rows that
        // refer to the NAS, so deleting the NAS first would deadlock with it; this waits for it instead.
        reconciles.done(id);
        store.delete(id);
        routers.forget(id);
        audit.record(AuditRecord.of("network.nas.removed", subject(nas)).withBefore(snapshot(nas, false)));
    }

    private static String subject(Nas nas) {
        return "nas:" + nas.name();
    }

    /** What the audit trail keeps of a NAS: everything but the password, which shows only as changed. */
    private static Map<String, Object> snapshot(Nas nas, boolean passwordSet) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", nas.name());
        values.put("endpoint", nas.endpoint());
        values.put("tls", nas.tls());
        values.put("username", nas.username());
        values.put("site", nas.site());
        values.put("location", nas.location());
        values.put("role", nas.role());
        values.put("backupOf", nas.backupOf());
        values.put("capacity", nas.capacity());
        values.put("notes", nas.notes());
        if (passwordSet) {
            values.put("password", "***");
        }
        return values;
    }
}
