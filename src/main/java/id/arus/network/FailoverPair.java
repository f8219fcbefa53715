package id.arus.network;

import java.time.Instant;

/**
 * A primary NAS and one of its backups as the failover screen shows them.
 *
 * @param primaryStatus      the primary's latest recorded status, null when never checked
 * @param primaryStatusSince since when it has had that status, null when never checked
 * @param backupStatus       the backup's latest recorded status, null when never checked
 * @param failover           the failover in force for the primary, null when none; it may be onto
 *                           another of the primary's backups
 * @param pendingError       why the last reconcile this pair's failover move owes the backup failed
 *                           (retried on every check), null when none is owed or it has not failed yet
 * @param obstacle           while no failover is in force: why none of the primary's backups could take
 *                           its subscribers now (a {@code network-failover} message key), else null
 */
public record FailoverPair(Nas primary, Nas backup, NasStatus primaryStatus, Instant primaryStatusSince,
                           NasStatus backupStatus, Active failover, String pendingError, String obstacle) {

    /** A failover in force. */
    public record Active(long backupId, Instant since, String reason, String startedBy, boolean manual) {
    }

    /** Whether this backup carries the primary's subscribers now. */
    public boolean carriedByThisBackup() {
        return failover != null && failover.backupId() == backup.id();
    }
}
