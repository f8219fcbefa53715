package id.arus.network;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.DesiredSecretStore;
import id.arus.network.internal.NasStore;
import id.arus.platform.SecretCipher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Arus wants on each router, the source of truth the {@link Reconciler} applies. Changing it does not
 * touch the router; the next reconcile does. Every change is audited, with passwords shown as {@code ***}.
 */
@Service
public class DesiredState {

    private final DesiredSecretStore secrets;
    private final NasStore nas;
    private final SecretCipher cipher;
    private final AuditTrail audit;

    DesiredState(DesiredSecretStore secrets, NasStore nas, SecretCipher cipher, AuditTrail audit) {
        this.secrets = secrets;
        this.nas = nas;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Adds or replaces the PPP secret of that name on the NAS. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void putPppSecret(long nasId, PppUser secret) {
        Nas router = requireNas(nasId);
        validate(secret);
        var before = secrets.find(nasId, secret.name());
        secrets.upsert(nasId, encrypted(secret));
        audit.record(AuditRecord.of(before.isPresent() ? "network.desired.ppp-secret.changed" : "network.desired.ppp-secret.added",
                        subject(router, secret.name()))
                .withBefore(before.map(DesiredState::snapshot).orElse(null)).withAfter(snapshot(secret)));
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
            validate(secret);
            if (!names.add(secret.name())) {
                throw new IllegalArgumentException("PPP secret '" + secret.name() + "' appears twice");
            }
            rows.add(encrypted(secret));
        }
        secrets.upsertAll(nasId, rows);
        audit.record(AuditRecord.of("network.desired.ppp-secrets.imported", "nas:" + router.name())
                .withAfter(Map.of("count", rows.size())));
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
        audit.record(AuditRecord.of("network.desired.ppp-secret.removed", subject(router, name))
                .withBefore(snapshot(before.get())));
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

    private Nas requireNas(long nasId) {
        return nas.findById(nasId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + nasId));
    }

    private PppUser encrypted(PppUser s) {
        // Unset profile and service are stored as RouterOS's own defaults, so the table reads as the router will.
        return new PppUser(s.name(), cipher.encrypt(s.password()), orElse(s.profile(), "default"), orElse(s.service(), "any"),
                blankToNull(s.remoteAddress()), s.disabled(), blankToNull(s.comment()));
    }

    private static void validate(PppUser secret) {
        if (secret.name() == null || secret.name().isBlank()) {
            throw new IllegalArgumentException("A PPP secret needs a name");
        }
        if (secret.password() == null || secret.password().isEmpty()) {
            throw new IllegalArgumentException("PPP secret '" + secret.name() + "' needs a password");
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String subject(Nas router, String name) {
        return "nas:" + router.name() + "/ppp-secret:" + name;
    }

    /** The secret as the audit trail keeps it: the password only as set. */
    private static Map<String, Object> snapshot(PppUser s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", s.name());
        map.put("password", "***");
        map.put("profile", s.profile());
        map.put("service", s.service());
        map.put("remoteAddress", s.remoteAddress());
        map.put("disabled", s.disabled());
        map.put("comment", s.comment());
        return map;
    }
}
