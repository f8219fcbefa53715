package id.arus.network;

import java.time.Instant;

/**
 * A registered router as other modules and screens see it. The API password never leaves the module
 * in readable form; {@link #hasPassword()} only says whether one is stored.
 *
 * @param backupOf the primary NAS this one stands by for (role BACKUP only), else null
 * @param capacity the most subscribers it should carry; null for no limit
 */
public record Nas(long id, String name, String host, int apiPort, boolean tls, String username, boolean hasPassword,
                  String site, String location, NasRole role, Long backupOf, Integer capacity, String notes,
                  Instant createdAt, Instant updatedAt) {

    /** host:port, as staff type it and as logs show it. */
    public String endpoint() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + apiPort;
    }
}
