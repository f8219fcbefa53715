package id.arus.customer;

import id.arus.shared.GeoPoint;
import java.time.Instant;

/**
 * A customer of the ISP.
 *
 * @param code     {@code CUST-000123}, assigned on creation, never reused
 * @param nik      16-digit Indonesian identity number (validated)
 * @param phone    normalised to E.164 ({@code +628...})
 * @param location may be null until picked on the map or set at installation
 * @param category code of a {@link CustomerCategory}
 * @param status   derived from the customer's services (see {@link CustomerStatus})
 * @param username the portal account, or null when the customer has none
 */
public record Customer(long id, String code, String name, String nik, String phone, String email, String address,
                       GeoPoint location, String category, String notes, CustomerStatus status, String username,
                       Instant createdAt) {
}
