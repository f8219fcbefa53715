package id.arus.billing;

import id.arus.shared.Money;

/**
 * What applying a payment did.
 *
 * @param applied  the part that went to the invoice
 * @param credited the part beyond the invoice's balance, kept as the customer's credit
 * @param repeated true when this payment reference had been applied before (nothing changed now)
 */
public record PaymentApplied(String invoiceNumber, InvoiceStatus statusAfter, Money applied, Money credited, boolean repeated) {
}
