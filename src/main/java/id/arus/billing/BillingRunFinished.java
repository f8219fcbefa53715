package id.arus.billing;

public record BillingRunFinished(long runId, int issued) {
}
