package id.arus.network.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.DistributionPoint;
import id.arus.network.DistributionPointRemoved;
import id.arus.network.DistributionPoints;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DistributionPoints} on PostgreSQL. Codes are kept upper case ({@code ODP-SLM-01}) so the same box
 * typed twice in different case is one box. Removal is allowed (the network module cannot see which
 * subscriptions use the ODP): it is audited and announced as {@link DistributionPointRemoved}.
 */
@Service
class DistributionPointsService implements DistributionPoints {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");
    private static final int MAX_PORTS = 1024;

    private final JdbcClient jdbc;
    private final NasStore nas;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DistributionPointsService(JdbcClient jdbc, NasStore nas, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.nas = nas;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS', 'FINANCE')")
    @Transactional(readOnly = true)
    public List<DistributionPoint> list() {
        return jdbc.sql(SELECT + " order by code").query(this::row).list();
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS', 'FINANCE')")
    @Transactional(readOnly = true)
    public List<DistributionPoint> ofNas(long nasId) {
        return jdbc.sql(SELECT + " where nas_id = ? order by code").param(nasId).query(this::row).list();
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS', 'FINANCE')")
    @Transactional(readOnly = true)
    public Optional<DistributionPoint> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where code = ?").param(code.trim().toUpperCase(Locale.ROOT)).query(this::row).optional();
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    @Transactional
    public DistributionPoint create(String code, String name, long nasId, GeoPoint location, int ports) {
        String validCode = code(code);
        String validName = name(name);
        validate(nasId, location, ports);
        if (findByCode(validCode).isPresent()) {
            throw InvalidInputException.of("code", "odp.code.taken");
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into distribution_point (code, name, nas_id, latitude, longitude, ports)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .param(validCode).param(validName).param(nasId).param(location.latitude()).param(location.longitude()).param(ports)
                    .query(Long.class).single();
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("code", "odp.code.taken");
        }
        DistributionPoint created = new DistributionPoint(id, validCode, validName, nasId, location, ports);
        audit.record(AuditRecord.of("network.odp.created", "odp:" + validCode).withAfter(snapshot(created)));
        return created;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    @Transactional
    public DistributionPoint update(long id, String name, long nasId, GeoPoint location, int ports) {
        DistributionPoint before = find(id).orElseThrow(() -> new NoSuchElementException("No ODP with id " + id));
        String validName = name(name);
        validate(nasId, location, ports);
        jdbc.sql("""
                update distribution_point set name = ?, nas_id = ?, latitude = ?, longitude = ?, ports = ?, updated_at = now()
                where id = ?""")
                .param(validName).param(nasId).param(location.latitude()).param(location.longitude()).param(ports).param(id)
                .update();
        DistributionPoint after = new DistributionPoint(id, before.code(), validName, nasId, location, ports);
        if (!after.equals(before)) {
            audit.record(AuditRecord.of("network.odp.changed", "odp:" + before.code())
                    .withBefore(snapshot(before)).withAfter(snapshot(after)));
        }
        return after;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    @Transactional
    public void remove(long id) {
        Optional<DistributionPoint> before = find(id);
        if (before.isEmpty()) {
            return;
        }
        jdbc.sql("delete from distribution_point where id = ?").param(id).update();
        audit.record(AuditRecord.of("network.odp.removed", "odp:" + before.get().code()).withBefore(snapshot(before.get())));
        events.publishEvent(new DistributionPointRemoved(id, before.get().code(), before.get().nasId()));
    }

    private Optional<DistributionPoint> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    private void validate(long nasId, GeoPoint location, int ports) {
        if (nas.findById(nasId).isEmpty()) {
            throw InvalidInputException.of("nas", "odp.nas.unknown");
        }
        if (location == null) {
            throw InvalidInputException.of("location", "odp.location.required");
        }
        if (ports < 1 || ports > MAX_PORTS) {
            throw InvalidInputException.of("ports", "odp.ports.range");
        }
    }

    private static String code(String code) {
        String normal = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normal).matches()) {
            throw InvalidInputException.of("code", "odp.code.invalid");
        }
        return normal;
    }

    private static String name(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw InvalidInputException.of("name", "odp.name.required");
        }
        return trimmed;
    }

    private static final String SELECT = "select id, code, name, nas_id, latitude, longitude, ports from distribution_point";

    private DistributionPoint row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DistributionPoint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                new GeoPoint(rs.getDouble(5), rs.getDouble(6)), rs.getInt(7));
    }

    private static Map<String, Object> snapshot(DistributionPoint p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", p.code());
        map.put("name", p.name());
        map.put("nasId", p.nasId());
        map.put("location", p.location().format());
        map.put("ports", p.ports());
        return map;
    }
}
