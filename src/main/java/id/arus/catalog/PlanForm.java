package id.arus.catalog;

import id.arus.shared.Money;

/** What staff type to create or change a plan; validated by {@link PlanCatalog}. */
public record PlanForm(String code, String name, PlanType type, long downloadKbps, long uploadKbps, Burst burst,
                       Money price, boolean taxInclusive, BillingCycle cycle, boolean prepaid, Money installationFee,
                       boolean template) {
}
