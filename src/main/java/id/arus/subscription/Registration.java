package id.arus.subscription;

import id.arus.shared.GeoPoint;

/**
 * A request for a new service: which customer, which plan, where.
 *
 * @param requestedNasId staff may pin a NAS; null lets placement choose by site
 */
public record Registration(String customerCode, long planId, String site, String installationAddress,
                           GeoPoint location, Long requestedNasId, String notes) {
}
