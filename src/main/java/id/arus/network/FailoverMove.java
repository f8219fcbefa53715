package id.arus.network;

/**
 * The outcome of starting or ending a failover.
 *
 * @param reconciled whether the backup was reconciled at once; when false, {@code error} says why and
 *                   the watcher retries on its next check
 */
public record FailoverMove(long primaryId, long backupId, boolean reconciled, String error) {
}
