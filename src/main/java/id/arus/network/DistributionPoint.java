package id.arus.network;

import id.arus.shared.GeoPoint;

/**
 * An optical distribution point (ODP) or similar box between a NAS and customers' drops.
 *
 * @param ports how many customer drops it can take
 */
public record DistributionPoint(long id, String code, String name, long nasId, GeoPoint location, int ports) {
}
