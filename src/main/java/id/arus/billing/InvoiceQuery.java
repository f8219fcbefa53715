package id.arus.billing;

import java.time.LocalDate;

/** Filters for the invoice list; null means any. {@code text} matches number, customer code or subscription. */
public record InvoiceQuery(String text, InvoiceStatus status, LocalDate issuedFrom, LocalDate issuedTo) {

    public static InvoiceQuery all() {
        return new InvoiceQuery(null, null, null, null);
    }
}
