package id.arus.network;

import java.time.Instant;

/**
 * One stored snapshot of a router's configuration (its content is read with {@link RouterBackups#content}).
 *
 * @param backupFile the name of the file {@code /system/backup/save} wrote on the router, or null when
 *                   the router refused to save one
 */
public record BackupVersion(long nasId, int version, Instant takenAt, String takenBy, BackupReason reason,
                            String checksum, String backupFile) {
}
