package id.arus.network;

/** A NAS either serves its own subscribers, or stands by for one primary NAS and takes them over when it fails. */
public enum NasRole {
    PRIMARY,
    BACKUP
}
