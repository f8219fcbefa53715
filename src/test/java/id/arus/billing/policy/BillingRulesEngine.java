package id.arus.billing.policy;

import id.arus.rules.RuleBaseSummary;
import id.arus.rules.RuleEngine;
import id.arus.rules.RuleEvaluation;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The rule engine's contract over the real {@code rules/billing/} files, for tests without the Spring context. */
public final class BillingRulesEngine implements RuleEngine {

    private final BillingRuleFiles files = BillingRuleFiles.compile("rules/billing/late-fees.drl", "rules/billing/dunning-policy.drl");
    /** One build for the engine's life, as the rule module reports between two reloads. */
    private final Instant builtAt = Instant.now();

    @Override
    public RuleEvaluation evaluate(Collection<?> facts) {
        BillingRuleFiles.Outcome outcome = files.evaluate(facts);
        return new RuleEvaluation(outcome.fired(), outcome.objects());
    }

    @Override
    public RuleBaseSummary summary() {
        return new RuleBaseSummary(true, Map.of("billing", files.ruleCount()), builtAt);
    }
}
