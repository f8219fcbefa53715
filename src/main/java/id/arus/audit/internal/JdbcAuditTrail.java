package id.arus.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.arus.audit.AuditEntry;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.audit.ChainVerification;
import id.arus.shared.AdvisoryLocks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

@Service
class JdbcAuditTrail implements AuditTrail {

    /** Serialises writers so each new entry links to the one committed just before it. */
    private static final int VERIFY_BATCH = 2_000;
    /** Rows fetched per round trip while exporting; PostgreSQL streams with a cursor only inside a transaction. */
    private static final int EXPORT_FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    JdbcAuditTrail(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = JdbcClient.create(cursor);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /**
     * Records in the caller's transaction, but writes when it commits. Each entry links to the one before it,
     * so writers take one lock for the chain and hold it until they commit; taken at the first record of a
     * transaction, that lock made everything after it in every audited transaction (a payment's invoice update,
     * its events) wait for the others. Written just before the commit, all of a transaction's entries go in
     * one short turn, and a rollback writes none of them, as before.
     */
    @Override
    @Transactional
    public void record(AuditRecord record) {
        Actor actor = Actor.current(record.actor());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        Pending entry = new Pending(now, actor, record.action(), record.subject(), toJson(record.before()),
                toJson(record.after()), record.detail());
        PendingEntries pending = pendingOfThisTransaction();
        if (pending == null) {
            write(List.of(entry)); // asked while the transaction is already committing: write at once
        } else {
            pending.entries.add(entry);
        }
    }

    /** What this transaction recorded so far; null once its entries were written (it is committing). */
    private PendingEntries pendingOfThisTransaction() {
        PendingEntries registered = registeredInThisTransaction();
        if (registered != null) {
            return registered.written ? null : registered;
        }
        PendingEntries created = new PendingEntries(this);
        TransactionSynchronizationManager.registerSynchronization(created);
        return created;
    }

    /**
     * Writes what this transaction recorded so far, so that reading the trail inside the same transaction sees
     * its own entries, as it did when they were written at once. The chain lock is then held until the commit.
     */
    private void writePendingOfThisTransaction() {
        PendingEntries registered = registeredInThisTransaction();
        if (registered != null && !registered.entries.isEmpty()) {
            write(registered.entries);
            registered.entries.clear();
        }
    }

    private PendingEntries registeredInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        // synchronizations, unlike bound resources, are suspended for an inner REQUIRES_NEW transaction
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof PendingEntries mine && mine.trail == this) {
                return mine;
            }
        }
        return null;
    }

    private void write(List<Pending> entries) {
        AdvisoryLocks.lockForTransaction(jdbc, AdvisoryLocks.of(AdvisoryLocks.Single.AUDIT_CHAIN));
        String previous = jdbc.sql("select hash from audit_entry order by id desc limit 1")
                .query(String.class).optional().orElse(AuditHashing.GENESIS);
        for (Pending e : entries) {
            String hash = AuditHashing.hash(previous, e.at(), e.actor().name(), e.actor().address(), e.action(), e.subject(),
                    e.before(), e.after(), e.detail());
            jdbc.sql("""
                    insert into audit_entry (occurred_at, actor, remote_address, action, subject, before_value, after_value,
                                             detail, prev_hash, hash)
                    values (:at, :actor, :address, :action, :subject, :before, :after, :detail, :prev, :hash)
                    """)
                    .param("at", Timestamp.from(e.at()))
                    .param("actor", e.actor().name())
                    .param("address", e.actor().address())
                    .param("action", e.action())
                    .param("subject", e.subject())
                    .param("before", e.before())
                    .param("after", e.after())
                    .param("detail", e.detail())
                    .param("prev", previous)
                    .param("hash", hash)
                    .update();
            previous = hash;
        }
    }

    /** An entry recorded and not yet written, with who and when as they were at the time it was recorded. */
    private record Pending(Instant at, Actor actor, String action, String subject, String before, String after,
                           String detail) {
    }

    /** A transaction's recorded entries, written in its before-commit step. */
    private static final class PendingEntries implements TransactionSynchronization {
        private final JdbcAuditTrail trail;
        private final List<Pending> entries = new ArrayList<>();
        private boolean written;

        PendingEntries(JdbcAuditTrail trail) {
            this.trail = trail;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (!entries.isEmpty()) {
                trail.write(entries);
            }
        }
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        writePendingOfThisTransaction();
        Filter filter = Filter.of(query);
        return filter.bind(jdbc.sql("select * from audit_entry" + filter.where() + " order by id desc offset :offset limit :limit"))
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcAuditTrail::map)
                .list();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        writePendingOfThisTransaction();
        Filter filter = Filter.of(query);
        return filter.bind(jdbc.sql("select count(*) from audit_entry" + filter.where())).query(Long.class).single();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void export(AuditQuery query, ZoneId zone, OutputStream out) throws IOException {
        // Recorded in its own short transaction: the chain lock must not stay held while a long export streams.
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("from", query.from());
        filter.put("to", query.to());
        filter.put("actor", query.actor());
        filter.put("action", query.actionPrefix());
        filter.put("text", query.text());
        writing.executeWithoutResult(status -> record(new AuditRecord("audit.exported", "audit_entry", null, filter, null, null)));

        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        AuditCsv csv = new AuditCsv(writer, zone);
        Filter where = Filter.of(query);
        try {
            readOnly.executeWithoutResult(status -> {
                try {
                    csv.header();
                    where.bind(streaming.sql("select * from audit_entry" + where.where() + " order by id"))
                            .query(rs -> {
                                try {
                                    csv.entry(map(rs, 0));
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            // The reader went away (a cancelled download); report it as the I/O failure it is.
            throw e.getCause();
        }
        writer.flush();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        writePendingOfThisTransaction();
        String previous = AuditHashing.GENESIS;
        long checked = 0;
        long afterId = 0;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select * from audit_entry where id > :after order by id limit :n")
                    .param("after", afterId).param("n", VERIFY_BATCH)
                    .query(JdbcAuditTrail::map).list();
            if (batch.isEmpty()) {
                return new ChainVerification(true, checked, null, null);
            }
            for (AuditEntry e : batch) {
                if (!e.previousHash().equals(previous)) {
                    return new ChainVerification(false, checked, e.id(),
                            "Entry " + e.id() + " does not link to the entry before it (a row was removed or inserted)");
                }
                String expected = AuditHashing.hash(e.previousHash(), e.occurredAt(), e.actor(), e.remoteAddress(), e.action(),
                        e.subject(), e.before(), e.after(), e.detail());
                if (!expected.equals(e.hash())) {
                    return new ChainVerification(false, checked, e.id(),
                            "Entry " + e.id() + " was changed after it was written");
                }
                previous = e.hash();
                checked++;
                afterId = e.id();
            }
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("remote_address"), rs.getString("action"), rs.getString("subject"),
                rs.getString("before_value"), rs.getString("after_value"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** The WHERE clause of a query, with its parameters bound by name. */
    private record Filter(List<String> conditions, AuditQuery query) {

        static Filter of(AuditQuery q) {
            List<String> c = new ArrayList<>();
            if (q.from() != null) c.add("occurred_at >= :from");
            if (q.to() != null) c.add("occurred_at < :to");
            if (StringUtils.hasText(q.actor())) c.add("lower(actor) = lower(:actor)");
            if (StringUtils.hasText(q.actionPrefix())) c.add("action like :action");
            if (StringUtils.hasText(q.text())) {
                c.add("(subject ilike :text or detail ilike :text or before_value ilike :text or after_value ilike :text)");
            }
            return new Filter(c, q);
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            if (query.from() != null) spec = spec.param("from", Timestamp.from(query.from()));
            if (query.to() != null) spec = spec.param("to", Timestamp.from(query.to()));
            if (StringUtils.hasText(query.actor())) spec = spec.param("actor", query.actor().trim());
            if (StringUtils.hasText(query.actionPrefix())) spec = spec.param("action", escapeLike(query.actionPrefix().trim()) + "%");
            if (StringUtils.hasText(query.text())) spec = spec.param("text", "%" + escapeLike(query.text().trim()) + "%");
            return spec;
        }

        private static String escapeLike(String s) {
            return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
