package id.arus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@ArusIT
class AuditTrailIT {

    @Autowired
    AuditTrail audit;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    /** Every test writes under its own tag, so entries of other tests (and other classes) never match. */
    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithMockUser(username = "auditor", roles = "ADMIN")
    void recordsEntriesAndFindsThemByActorActionTextAndTime() {
        audit.record(AuditRecord.of("test.customer.created", "customer:" + tag).withAfter(Map.of("name", "Budi " + tag)));
        audit.record(AuditRecord.by("budi-" + tag, "test.login.failed", "user:budi-" + tag));
        audit.record(AuditRecord.system("test.rules.reloaded", "rules/" + tag + ".drl").withDetail("reload " + tag));

        AuditQuery byTag = new AuditQuery(null, null, null, null, tag);
        List<AuditEntry> all = audit.search(byTag, 0, 10);
        assertThat(all).extracting(AuditEntry::action)
                .containsExactly("test.rules.reloaded", "test.login.failed", "test.customer.created"); // newest first
        assertThat(audit.count(byTag)).isEqualTo(3);
        AuditEntry created = all.get(2);
        assertThat(created.actor()).isEqualTo("auditor");
        assertThat(created.after()).isEqualTo("{\"name\":\"Budi " + tag + "\"}");

        assertThat(audit.search(new AuditQuery(null, null, "BUDI-" + tag, null, null), 0, 10))
                .extracting(AuditEntry::action).containsExactly("test.login.failed");
        assertThat(audit.search(new AuditQuery(null, null, null, "test.customer", tag), 0, 10)).hasSize(1);
        assertThat(audit.search(new AuditQuery(null, null, "system", null, tag), 0, 10))
                .extracting(AuditEntry::subject).containsExactly("rules/" + tag + ".drl");

        Instant now = Instant.now();
        assertThat(audit.count(new AuditQuery(now.minus(5, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.MINUTES), null, null, tag))).isEqualTo(3);
        assertThat(audit.count(new AuditQuery(now.plus(1, ChronoUnit.MINUTES), null, null, null, tag))).isZero();
        assertThat(audit.count(new AuditQuery(null, now.minus(5, ChronoUnit.MINUTES), null, null, tag))).isZero();
        // paging
        assertThat(audit.search(byTag, 1, 1)).extracting(AuditEntry::action).containsExactly("test.login.failed");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "ADMIN")
    void writesATransactionsEntriesInOrderWhenItCommitsAndNoneWhenItRollsBack() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        AuditQuery byTag = new AuditQuery(null, null, null, null, tag);

        outer.executeWithoutResult(status -> {
            audit.record(AuditRecord.of("test.first", "thing:" + tag));
            audit.record(AuditRecord.of("test.second", "thing:" + tag));
            assertThat(audit.count(byTag)).as("read in the recording transaction, its entries are there").isEqualTo(2);
            audit.record(AuditRecord.of("test.third", "thing:" + tag));
        });
        assertThat(audit.search(byTag, 0, 10)).extracting(AuditEntry::action)
                .containsExactly("test.third", "test.second", "test.first");

        // an inner transaction of its own keeps its entry when the outer one rolls back; the outer's is gone
        outer.executeWithoutResult(status -> {
            audit.record(AuditRecord.of("test.rolled-back", "thing:" + tag));
            inner.executeWithoutResult(s -> audit.record(AuditRecord.of("test.inner", "thing:" + tag)));
            status.setRollbackOnly();
        });
        assertThat(audit.search(byTag, 0, 10)).extracting(AuditEntry::action)
                .containsExactly("test.inner", "test.third", "test.second", "test.first");
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    @WithMockUser(username = "auditor", roles = "ADMIN")
    void exportsTheFilteredEntriesAsCsvInTheGivenZoneAndRecordsTheExport() throws Exception {
        audit.record(AuditRecord.of("test.export.one", "customer:" + tag).withAfter(Map.of("note", "a, \"quoted\" value")));
        audit.record(AuditRecord.of("test.export.two", "=HYPERLINK(\"http://evil\") " + tag));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.export(new AuditQuery(null, null, null, "test.export", tag), ZoneId.of("Asia/Jakarta"), out);
        String csv = out.toString(StandardCharsets.UTF_8);

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("id,occurred_at,actor");
        assertThat(lines[1]).contains(",auditor,").contains("test.export.one").contains("+07:00")
                .contains("\"{\"\"note\"\":\"\"a, \\\"\"quoted\\\"\" value\"\"}\"");
        assertThat(lines[2]).contains("test.export.two").contains(",\"'=HYPERLINK(\"\"http://evil\"\") " + tag + "\",");

        List<AuditEntry> exports = audit.search(new AuditQuery(null, null, "auditor", "audit.exported", tag), 0, 5);
        assertThat(exports).hasSize(1);
        assertThat(exports.get(0).after()).contains("\"text\":\"" + tag + "\"");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "ADMIN")
    void verifyChainFindsARowEditedBehindTheApplicationsBack() throws Exception {
        audit.record(AuditRecord.of("test.chain.before", "chain:" + tag));
        audit.record(AuditRecord.of("test.chain.victim", "chain:" + tag).withDetail("original"));
        audit.record(AuditRecord.of("test.chain.after", "chain:" + tag));
        assertThat(audit.verifyChain().intact()).isTrue();

        long victim = audit.search(new AuditQuery(null, null, null, "test.chain.victim", tag), 0, 1).get(0).id();
        setDetailBypassingTheTrigger(victim, "forged");
        try {
            ChainVerification result = audit.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(victim);
            assertThat(result.reason()).contains("changed");
        } finally {
            setDetailBypassingTheTrigger(victim, "original");
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void theTriggerRefusesUpdatesFromTheApplication() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_entry set detail = 'x' where id = (select max(id) from audit_entry)"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    @WithMockUser(username = "noc", roles = "NOC")
    void onlyAdminsReadExportOrVerify() {
        assertThatThrownBy(() -> audit.search(AuditQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditQuery.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.export(AuditQuery.all(), ZoneId.of("UTC"), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * What an attacker with database access could do. The trigger is disabled only inside this one
     * transaction (DDL is transactional in PostgreSQL), so no other session ever sees it off.
     */
    private void setDetailBypassingTheTrigger(long id, String detail) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                 PreparedStatement update = c.prepareStatement("update audit_entry set detail = ? where id = ?")) {
                s.execute("alter table audit_entry disable trigger audit_entry_no_update");
                update.setString(1, detail);
                update.setLong(2, id);
                assertThat(update.executeUpdate()).isEqualTo(1);
                s.execute("alter table audit_entry enable trigger audit_entry_no_update");
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
