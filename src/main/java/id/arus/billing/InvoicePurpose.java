package id.arus.billing;

/**
 * Why an invoice exists: a subscription's period, its installation, a pro-rata part period, the pro-rata
 * settlement of a plan change in the middle of a period, or issued by hand.
 */
public enum InvoicePurpose { RECURRING, INSTALLATION, PRORATA, MANUAL, PLAN_CHANGE }
