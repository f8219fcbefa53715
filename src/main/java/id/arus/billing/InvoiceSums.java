package id.arus.billing;

import id.arus.shared.Money;

/**
 * What a filtered invoice list adds up to.
 *
 * @param total   the invoices' totals, void ones included (they are listed)
 * @param balance what is still to pay on them (void ones count nothing)
 */
public record InvoiceSums(int count, Money total, Money balance) {
}
