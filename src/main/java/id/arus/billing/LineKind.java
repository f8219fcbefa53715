package id.arus.billing;

/** What a line charges; a discount's amount is negative. */
public enum LineKind { PLAN_FEE, INSTALLATION, PRORATA, LATE_FEE, DISCOUNT }
