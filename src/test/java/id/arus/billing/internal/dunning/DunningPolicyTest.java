package id.arus.billing.internal.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.billing.policy.BillingRulesEngine;
import id.arus.rules.RuleBaseSummary;
import id.arus.rules.RuleEngine;
import id.arus.rules.RuleEvaluation;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The lead days over the real {@code rules/billing/} files, counting how often the rules are asked. */
class DunningPolicyTest {

    private final BillingRulesEngine billingRules = new BillingRulesEngine();
    private final AtomicInteger evaluations = new AtomicInteger();
    private Instant builtAt = Instant.parse("2026-12-01T00:00:00Z");

    /** The real rules, with a build time the test moves as the rule module's hot reload would. */
    private final RuleEngine rules = new RuleEngine() {
        @Override
        public RuleEvaluation evaluate(Collection<?> facts) {
            evaluations.incrementAndGet();
            return billingRules.evaluate(facts);
        }

        @Override
        public RuleBaseSummary summary() {
            return new RuleBaseSummary(true, Map.of("billing/dunning-policy.drl", 1), builtAt);
        }
    };

    private final DunningPolicy policy = new DunningPolicy(rules);

    @Test
    void leadDaysAreWorkedOutOncePerCategoryAndRuleBase() {
        assertThat(policy.leadDays("residential")).isEqualTo(3);
        int residential = evaluations.get();
        assertThat(residential).as("the days from -91 up to the first reminder").isGreaterThan(80);

        assertThat(policy.leadDays("residential")).isEqualTo(3);
        assertThat(evaluations).as("the same rule base answers from what it decided").hasValue(residential);

        policy.leadDays("corporate");
        int bothCategories = evaluations.get();
        assertThat(bothCategories).as("another category is worked out on its own").isGreaterThan(residential);
        policy.leadDays("corporate");
        assertThat(evaluations).hasValue(bothCategories);

        builtAt = builtAt.plusSeconds(60);
        assertThat(policy.leadDays("residential")).isEqualTo(3);
        assertThat(evaluations.get()).as("a rebuilt rule base is asked again").isGreaterThan(bothCategories);
    }
}
