package id.arus.subscription;

public enum SuspensionReason { NON_PAYMENT, CUSTOMER_REQUEST, ABUSE }
