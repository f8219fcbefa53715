package id.arus.customer;

import id.arus.shared.GeoPoint;

/** What staff, the portal or an import provide for a customer; validated by {@link CustomerDirectory}. */
public record CustomerForm(String name, String nik, String phone, String email, String address, GeoPoint location,
                           String category, String notes) {
}
