package id.arus.network.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.DesiredKind;
import id.arus.network.IpAssignment;
import id.arus.network.IpPool;
import id.arus.network.IpPools;
import id.arus.network.Nas;
import id.arus.network.PppUser;
import id.arus.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link IpPools} on PostgreSQL. Every change of a NAS's pools or assignments first locks the NAS's row, so
 * two staff members (or two nodes) adding overlapping pools or assigning the same lowest free address
 * are serialised; the unique constraints of {@code ip_assignment} stay as the last line of defence.
 */
@Service
class IpPoolsService implements IpPools {

    private final JdbcClient jdbc;
    private final NasStore nas;
    private final DesiredSecretStore secrets;
    private final DesiredEntryStore entries;
    private final AuditTrail audit;

    IpPoolsService(JdbcClient jdbc, NasStore nas, DesiredSecretStore secrets, DesiredEntryStore entries, AuditTrail audit) {
        this.jdbc = jdbc;
        this.nas = nas;
        this.secrets = secrets;
        this.entries = entries;
        this.audit = audit;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public List<IpPool> pools(long nasId) {
        return jdbc.sql("""
                select p.id, p.nas_id, p.name, p.ranges, p.size, (select count(*) from ip_assignment a where a.pool_id = p.id)
                from ip_pool p where p.nas_id = ? order by p.name""")
                .param(nasId)
                .query((rs, n) -> new IpPool(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public IpPool createPool(long nasId, String name, String ranges) {
        Nas router = lockNas(nasId);
        String poolName = name == null ? "" : name.trim();
        if (poolName.isEmpty() || poolName.length() > 64) {
            throw InvalidInputException.of("name", "pools.name.required");
        }
        List<Ipv4Ranges.Range> parsed = Ipv4Ranges.parse(ranges);
        if (jdbc.sql("select count(*) from ip_pool where nas_id = ? and lower(name) = lower(?)").param(nasId).param(poolName)
                .query(Long.class).single() > 0) {
            throw InvalidInputException.of("name", "pools.name.taken");
        }
        for (Ipv4Ranges.Range range : parsed) {
            boolean overlaps = jdbc.sql("""
                    select count(*) from ip_pool_range r join ip_pool p on p.id = r.pool_id
                    where p.nas_id = ? and r.first_addr <= ? and ? <= r.last_addr""")
                    .param(nasId).param(range.last()).param(range.first()).query(Long.class).single() > 0;
            if (overlaps) {
                throw InvalidInputException.of("ranges", "pools.ranges.overlapOtherPool");
            }
        }
        String normal = Ipv4Ranges.format(parsed);
        int size = (int) parsed.stream().mapToLong(Ipv4Ranges.Range::size).sum();
        long id = jdbc.sql("insert into ip_pool (nas_id, name, ranges, size) values (?, ?, ?, ?) returning id")
                .param(nasId).param(poolName).param(normal).param(size).query(Long.class).single();
        for (Ipv4Ranges.Range range : parsed) {
            jdbc.sql("insert into ip_pool_range (pool_id, first_addr, last_addr) values (?, ?, ?)")
                    .param(id).param(range.first()).param(range.last()).update();
        }
        audit.record(AuditRecord.of("network.pool.created", poolSubject(router, poolName))
                .withAfter(Map.of("ranges", normal, "size", size)));
        return new IpPool(id, nasId, poolName, normal, size, 0);
    }

    /** Removes the pool; refused while addresses of it are assigned, so no subscriber silently loses theirs. */
    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void removePool(long poolId) {
        IpPool pool = findPool(poolId).orElse(null);
        if (pool == null) {
            return;
        }
        Nas router = lockNas(pool.nasId());
        long held = jdbc.sql("select count(*) from ip_assignment where pool_id = ?").param(poolId).query(Long.class).single();
        if (held > 0) {
            throw InvalidInputException.of("pool", "pools.pool.inUse");
        }
        jdbc.sql("delete from ip_pool where id = ?").param(poolId).update();
        audit.record(AuditRecord.of("network.pool.removed", poolSubject(router, pool.name()))
                .withBefore(Map.of("ranges", pool.ranges(), "size", pool.size())));
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public IpAssignment assign(long nasId, String owner, String requestedAddress) {
        Nas router = lockNas(nasId);
        String who = owner == null ? "" : owner.trim();
        if (who.isEmpty() || who.length() > 100) {
            throw InvalidInputException.of("owner", "pools.owner.required");
        }
        boolean asked = requestedAddress != null && !requestedAddress.isBlank();
        Long requested = asked ? Ipv4Ranges.parseAddress(requestedAddress, "address") : null;
        Optional<IpAssignment> existing = assignmentOf(nasId, who);
        if (existing.isPresent()) {
            if (requested != null && Ipv4Ranges.parseAddress(existing.get().address(), "address") != requested) {
                throw InvalidInputException.of("owner", "pools.owner.holdsOther");
            }
            return existing.get();
        }
        Map<Long, List<Ipv4Ranges.Range>> ranges = ranges(nasId);
        Set<Long> taken = Set.copyOf(jdbc.sql("select address from ip_assignment where nas_id = ?").param(nasId).query(Long.class).list());
        Long poolId = null;
        Long address = null;
        if (requested != null) {
            poolId = poolHolding(ranges, requested);
            if (poolId == null) {
                throw InvalidInputException.of("address", "pools.address.outsidePools");
            }
            if (taken.contains(requested)) {
                throw InvalidInputException.of("address", "pools.address.taken");
            }
            address = requested;
        } else {
            // Lowest free address over all pools of the NAS; bounded by the pools' size (at most a /16 each).
            search:
            for (Ipv4Ranges.Range range : sortedRanges(ranges)) {
                for (long candidate = range.first(); candidate <= range.last(); candidate++) {
                    if (!taken.contains(candidate)) {
                        address = candidate;
                        poolId = poolHolding(ranges, candidate);
                        break search;
                    }
                }
            }
            if (address == null) {
                throw InvalidInputException.of("address", ranges.isEmpty() ? "pools.none" : "pools.full");
            }
        }
        jdbc.sql("insert into ip_assignment (pool_id, nas_id, address, owner, assigned_by) values (?, ?, ?, ?, ?)")
                .param(poolId).param(nasId).param(address).param(who).param(AuditRecord.currentActor()).update();
        IpAssignment assignment = new IpAssignment(poolId, nasId, Ipv4Ranges.format(address), who);
        audit.record(AuditRecord.of("network.pool.assigned", "nas:" + router.name() + "/address:" + assignment.address())
                .withAfter(Map.of("owner", who, "requested", asked)));
        return assignment;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    @Transactional
    public void release(long nasId, String owner) {
        Nas router = lockNas(nasId);
        Optional<IpAssignment> held = assignmentOf(nasId, owner);
        if (held.isEmpty()) {
            return;
        }
        jdbc.sql("delete from ip_assignment where nas_id = ? and owner = ?").param(nasId).param(owner).update();
        audit.record(AuditRecord.of("network.pool.released", "nas:" + router.name() + "/address:" + held.get().address())
                .withBefore(Map.of("owner", owner)));
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public Optional<IpAssignment> assignmentOf(long nasId, String owner) {
        return jdbc.sql("select pool_id, nas_id, address, owner from ip_assignment where nas_id = ? and owner = ?")
                .param(nasId).param(owner == null ? "" : owner.trim())
                .query((rs, n) -> new IpAssignment(rs.getLong(1), rs.getLong(2), Ipv4Ranges.format(rs.getLong(3)), rs.getString(4)))
                .optional();
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public List<IpAssignment> assignments(long poolId) {
        return jdbc.sql("select pool_id, nas_id, address, owner from ip_assignment where pool_id = ? order by address")
                .param(poolId)
                .query((rs, n) -> new IpAssignment(rs.getLong(1), rs.getLong(2), Ipv4Ranges.format(rs.getLong(3)), rs.getString(4)))
                .list();
    }

    /**
     * Each conflict as {@code address: what} (the address first, so a screen can mark the row). An entry of
     * the desired state belongs to an owner when it is, or names, the owner's subscriber: its name (PPP
     * secret, hotspot user, queue) or its comment (address-list entry) is the owner, or is a subscriber whose
     * PPP secret or hotspot user comment mentions the owner (the subscription number in the comment).
     * Only the desired state is compared: what a reconcile puts on the router.
     */
    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public List<String> conflicts(long nasId) {
        List<String> conflicts = new ArrayList<>();
        // an address held twice cannot happen: ip_assignment is unique on (nas_id, address)
        Map<Long, String> ownerByAddress = new HashMap<>();
        jdbc.sql("select address, owner from ip_assignment where nas_id = ?").param(nasId)
                .query(rs -> {
                    ownerByAddress.put(rs.getLong(1), rs.getString(2));
                });
        if (ownerByAddress.isEmpty()) {
            return conflicts;
        }
        // Subscriber name -> comment of their secret or hotspot user, to tie an entry to an owner.
        Map<String, String> subscriberComments = new HashMap<>();
        List<PppUser> pppSecrets = secrets.findByNas(nasId);
        pppSecrets.forEach(s -> subscriberComments.put(s.name(), s.comment()));
        List<Map<String, String>> hotspotUsers = entries.findByNas(nasId, DesiredKind.HOTSPOT_USER);
        hotspotUsers.forEach(u -> subscriberComments.put(u.get("name"), u.get("comment")));

        Map<String, String> found = new TreeMap<>();
        for (PppUser secret : pppSecrets) {
            check(found, ownerByAddress, subscriberComments, secret.remoteAddress(), secret.name(), "/ppp/secret " + secret.name());
        }
        for (Map<String, String> queue : entries.findByNas(nasId, DesiredKind.SIMPLE_QUEUE)) {
            check(found, ownerByAddress, subscriberComments, queue.get("target"), queue.get("name"), "/queue/simple " + queue.get("name"));
        }
        for (Map<String, String> entry : entries.findByNas(nasId, DesiredKind.ADDRESS_LIST)) {
            check(found, ownerByAddress, subscriberComments, entry.get("address"), entry.get("comment"),
                    "/ip/firewall/address-list " + entry.get("list"));
        }
        found.forEach((where, text) -> conflicts.add(text));
        return conflicts;
    }

    private static void check(Map<String, String> found, Map<Long, String> ownerByAddress, Map<String, String> subscriberComments,
                              String used, String subscriber, String what) {
        Long address = hostAddress(used);
        if (address == null) {
            return;
        }
        String owner = ownerByAddress.get(address);
        if (owner == null || belongsTo(owner, subscriber, subscriberComments)) {
            return;
        }
        String text = Ipv4Ranges.format(address) + ": " + what + " uses the address assigned to " + owner;
        found.put(Ipv4Ranges.format(address) + " " + what, text);
    }

    static boolean belongsTo(String owner, String subscriber, Map<String, String> subscriberComments) {
        if (subscriber == null) {
            return false;
        }
        if (owner.equals(subscriber)) {
            return true;
        }
        String comment = subscriberComments.get(subscriber);
        return comment != null && containsWord(comment, owner);
    }

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /** A single IPv4 address, bare or as /32; anything else (a pool name, a network) is not one address. */
    private static Long hostAddress(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String bare = value.endsWith("/32") ? value.substring(0, value.length() - 3) : value;
        try {
            return Ipv4Ranges.parseAddress(bare, "address");
        } catch (InvalidInputException notAnAddress) {
            return null;
        }
    }

    private Map<Long, List<Ipv4Ranges.Range>> ranges(long nasId) {
        Map<Long, List<Ipv4Ranges.Range>> byPool = new LinkedHashMap<>();
        jdbc.sql("""
                select r.pool_id, r.first_addr, r.last_addr from ip_pool_range r join ip_pool p on p.id = r.pool_id
                where p.nas_id = ? order by r.first_addr""")
                .param(nasId)
                .query(rs -> {
                    byPool.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Ipv4Ranges.Range(rs.getLong(2), rs.getLong(3)));
                });
        return byPool;
    }

    private static List<Ipv4Ranges.Range> sortedRanges(Map<Long, List<Ipv4Ranges.Range>> ranges) {
        return ranges.values().stream().flatMap(List::stream)
                .sorted((a, b) -> Long.compare(a.first(), b.first())).collect(Collectors.toList());
    }

    private static Long poolHolding(Map<Long, List<Ipv4Ranges.Range>> ranges, long address) {
        for (Map.Entry<Long, List<Ipv4Ranges.Range>> pool : ranges.entrySet()) {
            for (Ipv4Ranges.Range range : pool.getValue()) {
                if (range.contains(address)) {
                    return pool.getKey();
                }
            }
        }
        return null;
    }

    private Optional<IpPool> findPool(long poolId) {
        return jdbc.sql("""
                select p.id, p.nas_id, p.name, p.ranges, p.size, (select count(*) from ip_assignment a where a.pool_id = p.id)
                from ip_pool p where p.id = ?""")
                .param(poolId)
                .query((rs, n) -> new IpPool(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6)))
                .optional();
    }

    /** Serialises pool changes per NAS (the row lock is held until the transaction ends). */
    private Nas lockNas(long nasId) {
        Nas router = nas.findById(nasId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + nasId));
        jdbc.sql("select id from nas where id = ? for update").param(nasId).query(Long.class).optional();
        return router;
    }

    private static String poolSubject(Nas router, String pool) {
        return "nas:" + router.name() + "/pool:" + pool;
    }
}
