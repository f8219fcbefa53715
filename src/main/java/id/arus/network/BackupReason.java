package id.arus.network;

/** Why a router snapshot was taken. */
public enum BackupReason {
    SCHEDULED,
    MANUAL,
    /** Taken by a restore before it changes anything, so a restore can itself be undone. */
    BEFORE_RESTORE
}
