/**
 * Payments: checkouts at Midtrans (Snap) and Tripay (closed payments), their callbacks (verified, kept raw,
 * applied once), manual payments with receipts, refunds, and the daily reconciliation with each gateway.
 * Money reaches invoices only through {@link id.arus.billing.Invoices#applyPayment}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package id.arus.payment;
