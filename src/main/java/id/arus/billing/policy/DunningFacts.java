package id.arus.billing.policy;

import java.util.Set;

/**
 * What {@code rules/billing/dunning-policy.drl} decides on: one unpaid invoice on one day.
 *
 * @param daysFromDue days from the due date: negative before it, 0 on the due day
 * @param doneRules   codes of the policy rules whose action was already carried out for this invoice
 * @param doneSteps   the steps already carried out (e.g. SUSPEND by one rule means no other rule suspends)
 */
public class DunningFacts {

    private final String invoiceNumber;
    private final String category;
    private final int daysFromDue;
    private final Set<String> doneRules;
    private final Set<DunningStep> doneSteps;

    public DunningFacts(String invoiceNumber, String category, int daysFromDue, Set<String> doneRules,
                        Set<DunningStep> doneSteps) {
        this.invoiceNumber = invoiceNumber;
        this.category = category;
        this.daysFromDue = daysFromDue;
        this.doneRules = Set.copyOf(doneRules);
        this.doneSteps = Set.copyOf(doneSteps);
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public String getCategory() {
        return category;
    }

    public int getDaysFromDue() {
        return daysFromDue;
    }

    /** Whether the rule with that code already acted on this invoice. */
    public boolean done(String ruleCode) {
        return doneRules.contains(ruleCode);
    }

    /** Whether that step was already carried out on this invoice (by any rule). */
    public boolean did(DunningStep step) {
        return doneSteps.contains(step);
    }

    /** The same invoice on another day, with the same history: to find the next day the policy acts. */
    public DunningFacts on(int otherDaysFromDue) {
        return new DunningFacts(invoiceNumber, category, otherDaysFromDue, doneRules, doneSteps);
    }

    @Override
    public String toString() {
        return "DunningFacts[" + invoiceNumber + ", " + category + ", day " + daysFromDue + ", done " + doneRules + "]";
    }
}
