package id.arus.billing;

import id.arus.shared.Money;

/**
 * One line of an invoice, before tax.
 *
 * @param amount   quantity × unit price; negative for a discount
 * @param ruleCode the rule that charged a late fee (e.g. {@code BILL-020}), else null
 */
public record InvoiceLine(int position, LineKind kind, String description, int quantity, Money unitPrice, Money amount,
                          String ruleCode) {

    public static InvoiceLine of(int position, LineKind kind, String description, Money unitPrice) {
        return new InvoiceLine(position, kind, description, 1, unitPrice, unitPrice, null);
    }
}
