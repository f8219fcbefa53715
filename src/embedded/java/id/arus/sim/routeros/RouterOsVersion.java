package id.arus.sim.routeros;

/**
 * The RouterOS behaviours the simulator reproduces. They differ where Arus's client must branch:
 * the version string in {@code /system/resource}, the login failure text, and {@code !empty}, which
 * RouterOS 7.18+ sends before {@code !done} when a print matches nothing (older clients hang on it).
 */
public enum RouterOsVersion {
    V6_49("6.49.17 (long-term)", "RB4011iGS+", false),
    V7_16("7.16.2 (stable)", "CCR2004-1G-12S+2XS", false),
    V7_20("7.20.1 (stable)", "CCR2116-12G-4S+", true);

    private final String version;
    private final String boardName;
    private final boolean sendsEmpty;

    RouterOsVersion(String version, String boardName, boolean sendsEmpty) {
        this.version = version;
        this.boardName = boardName;
        this.sendsEmpty = sendsEmpty;
    }

    /** As {@code /system/resource} reports it, e.g. {@code 7.16.2 (stable)}. */
    public String version() {
        return version;
    }

    public String boardName() {
        return boardName;
    }

    /** True from 7.18: an empty print answers {@code !empty} then {@code !done}. */
    public boolean sendsEmpty() {
        return sendsEmpty;
    }

    public boolean isV6() {
        return this == V6_49;
    }

    /** The text of a refused login: v6 and v7 word it differently and clients show it to people. */
    String loginFailureMessage() {
        return isV6() ? "cannot log in" : "invalid user name or password (6)";
    }
}
