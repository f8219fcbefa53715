/**
 * Financial reports for staff: revenue, receivables aging, payment methods, tax and levies, and a customer's
 * billing history, as screens with charts, CSV and XLSX exports, and JSON under {@code /api/v1/reports}.
 * The figures come from {@link id.arus.billing.BillingReports} and {@link id.arus.payment.PaymentReports};
 * this module only presents them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package id.arus.reporting;
