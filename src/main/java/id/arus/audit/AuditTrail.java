package id.arus.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction, so an action and its entry
 * commit or roll back together. Reading, exporting and checking the chain are for ADMIN only.
 */
public interface AuditTrail {

    void record(AuditRecord record);

    /** Newest first. */
    List<AuditEntry> search(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);

    /**
     * Writes every entry matching the query, oldest first, as UTF-8 CSV (RFC 4180) with times in the given
     * zone. Rows are streamed from the database, so a trail of any length fits in constant memory. The
     * export itself is recorded in the trail. The stream is flushed but not closed.
     */
    void export(AuditQuery query, ZoneId zone, OutputStream out) throws IOException;

    /** Re-computes every hash from the first entry on and reports the first one that does not match. */
    ChainVerification verifyChain();
}
