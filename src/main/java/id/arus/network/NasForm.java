package id.arus.network;

/**
 * What staff enter to add or edit a NAS. On edit, a null or empty {@code password} keeps the stored one,
 * so the screen never has to show it.
 *
 * @param apiPort null for the RouterOS default: 8728, or 8729 with TLS
 */
public record NasForm(String name, String host, Integer apiPort, boolean tls, String username, String password,
                      String site, String location, NasRole role, Long backupOf, Integer capacity, String notes) {

    public static final int API_PORT = 8728;
    public static final int API_TLS_PORT = 8729;

    /** A form filled from a stored NAS, for editing; the password stays empty (= keep). */
    public static NasForm of(Nas nas) {
        return new NasForm(nas.name(), nas.host(), nas.apiPort(), nas.tls(), nas.username(), null, nas.site(),
                nas.location(), nas.role(), nas.backupOf(), nas.capacity(), nas.notes());
    }
}
