package id.arus.audit;

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

    /** Re-computes every hash from the first entry on and reports the first one that does not match. */
    ChainVerification verifyChain();
}
