/**
 * Billing: invoices (gapless monthly numbers, lines, PPN, PDF, delivery by e-mail), customer credit,
 * recurring billing runs, late fees and dunning decided by the rules in {@code rules/billing/} and acted on
 * by {@code processes/billing/}. Payments arrive through {@link id.arus.billing.Invoices#applyPayment}
 * from the payment module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package id.arus.billing;
