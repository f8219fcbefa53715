package id.arus.billing.policy;

/**
 * A billing rule's name is its stable code and its one-line reason ({@code "BILL-011 Residential: flat Rp 10.000"});
 * decisions carry both, read from the name of the rule that made them so the two never disagree.
 */
public record RuleName(String code, String reason) {

    public static RuleName of(String ruleName) {
        int space = ruleName.indexOf(' ');
        return space < 0 ? new RuleName(ruleName, ruleName) : new RuleName(ruleName.substring(0, space),
                ruleName.substring(space + 1).strip());
    }
}
