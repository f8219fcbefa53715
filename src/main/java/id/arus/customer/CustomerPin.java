package id.arus.customer;

import id.arus.shared.GeoPoint;

/** A customer as the map shows them. */
public record CustomerPin(String code, String name, GeoPoint location, CustomerStatus status, Long nasId) {
}
