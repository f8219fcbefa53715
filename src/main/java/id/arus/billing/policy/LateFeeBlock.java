package id.arus.billing.policy;

/** A rule of {@code late-fees.drl} decided that no late fee is charged (grace days, waivers, nothing owed). */
public class LateFeeBlock {

    private final String ruleCode;
    private final String reason;

    public LateFeeBlock(String ruleCode, String reason) {
        this.ruleCode = ruleCode;
        this.reason = reason;
    }

    public static LateFeeBlock byRule(String ruleName) {
        RuleName name = RuleName.of(ruleName);
        return new LateFeeBlock(name.code(), name.reason());
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return ruleCode;
    }
}
