package id.arus.billing.policy;

/** A step the dunning policy decided for today, with the rule that decided it. */
public record DunningAction(String ruleCode, String reason, DunningStep action) {

    public static DunningAction byRule(String ruleName, DunningStep action) {
        RuleName name = RuleName.of(ruleName);
        return new DunningAction(name.code(), name.reason(), action);
    }
}
