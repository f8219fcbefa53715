package id.arus.billing.policy;

import id.arus.shared.Money;

/**
 * A late fee a rule decided to charge. At most one comes out of {@code late-fees.drl} per invoice (see the
 * file's header); a cap rule may lower its amount, which it notes in the reason.
 */
public class LateFeeDecision {

    private final String ruleCode;
    private String reason;
    private long amount;

    public LateFeeDecision(String ruleCode, String reason, long amount) {
        this.ruleCode = ruleCode;
        this.reason = reason;
        this.amount = amount;
    }

    /** The decision of the rule with that name ({@code drools.getRule().getName()}). */
    public static LateFeeDecision byRule(String ruleName, long amount) {
        RuleName name = RuleName.of(ruleName);
        return new LateFeeDecision(name.code(), name.reason(), amount);
    }

    /** The rule that decided the fee, e.g. {@code BILL-010}; the invoice line remembers it, so it charges once. */
    public String getRuleCode() {
        return ruleCode;
    }

    public String getReason() {
        return reason;
    }

    public long getAmount() {
        return amount;
    }

    public Money fee() {
        return Money.idr(amount);
    }

    /** Lowers the fee to the cap and says which rule did it. */
    public void capAt(long cap, String capRuleName) {
        this.amount = cap;
        this.reason = reason + " (" + RuleName.of(capRuleName).code() + ": " + RuleName.of(capRuleName).reason() + ")";
    }

    @Override
    public String toString() {
        return ruleCode + " " + amount;
    }
}
