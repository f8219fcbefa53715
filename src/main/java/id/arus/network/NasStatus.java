package id.arus.network;

/** What Arus found when it last talked to a router. */
public enum NasStatus {
    /** Logged in and answered. */
    ONLINE,
    /** Reachable, but the router refused the stored user name or password: retrying will not help. */
    LOGIN_REFUSED,
    /** No connection within the timeout (down, wrong address or port, firewall). */
    UNREACHABLE,
    /** Connected, but the router answered something Arus could not use; the detail says what. */
    ERROR
}
