package id.arus.billing;

/** Why an invoice exists: a subscription's period, its installation, a pro-rata part period, or issued by hand. */
public enum InvoicePurpose { RECURRING, INSTALLATION, PRORATA, MANUAL }
