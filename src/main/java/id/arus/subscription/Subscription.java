package id.arus.subscription;

import id.arus.catalog.PlanType;
import id.arus.shared.GeoPoint;
import java.time.Instant;

/**
 * One service of a customer.
 *
 * @param number         {@code SUB-2026-000123}, the business key of its processes
 * @param site           where it is installed, for NAS placement
 * @param nasId          the NAS that serves it; null until activation places it
 * @param login          PPPoE or hotspot user name; null before activation and for static IP
 * @param address        the static address given from the NAS's pool, or null
 * @param statusReason   why it is suspended, rejected or terminated, else null
 */
public record Subscription(long id, String number, long customerId, String customerCode, long planId, int planVersion,
                           PlanType type, SubscriptionStatus status, String site, Long nasId, String login,
                           String address, Long distributionPointId, String cpeSerial, String cpeModel,
                           GeoPoint location, String statusReason, Instant createdAt, Instant activatedAt) {
}
