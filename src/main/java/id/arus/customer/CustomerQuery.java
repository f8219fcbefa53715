package id.arus.customer;

/**
 * A search. {@code text} matches code, name, phone (any form: 0812..., +62812..., 62812...), NIK or
 * address; the other fields narrow it; null means any.
 */
public record CustomerQuery(String text, CustomerStatus status, String category, Long nasId, Long planId) {

    public static CustomerQuery text(String text) {
        return new CustomerQuery(text, null, null, null, null);
    }
}
