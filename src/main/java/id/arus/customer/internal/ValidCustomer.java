package id.arus.customer.internal;

import id.arus.shared.GeoPoint;

/** A {@link id.arus.customer.CustomerForm} that passed {@link CustomerRules}: trimmed, normalised, ready to store. */
public record ValidCustomer(String name, String nik, String phone, String email, String address, GeoPoint location,
                            String category, String notes) {
}
