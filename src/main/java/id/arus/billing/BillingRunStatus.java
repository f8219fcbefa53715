package id.arus.billing;

public enum BillingRunStatus { RUNNING, DONE, FAILED }
