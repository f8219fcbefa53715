package id.arus.billing.internal.dunning;

import id.arus.billing.policy.DunningAction;
import id.arus.billing.policy.DunningFacts;
import id.arus.billing.policy.DunningStep;
import id.arus.billing.policy.LateFeeDecision;
import id.arus.billing.policy.LateFeeFacts;
import id.arus.rules.RuleEngine;
import id.arus.rules.RuleEvaluation;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Asks the billing rules (rules/billing/*.drl, as the rule engine serves them now) what to do. The rules only
 * decide; the dunning process acts.
 */
@Component
public class DunningPolicy {

    /** How far ahead the next decision day is searched; also how far before the due date a first reminder may go. */
    static final int HORIZON_DAYS = 90;

    private final RuleEngine rules;
    /** Lead days per category, valid for the rule base built at {@code builtAt} only. */
    private volatile LeadDays leadDays = new LeadDays(null, new ConcurrentHashMap<>());

    /** Lead days per category as one rule base decided them; an analyst's rebuild serves with a new build time. */
    private record LeadDays(Instant builtAt, Map<String, Integer> byCategory) {
    }

    public DunningPolicy(RuleEngine rules) {
        this.rules = rules;
    }

    /** Today's steps in the order they are carried out (TERMINATE leaves out a SUSPEND of the same day). */
    public List<DunningAction> decide(DunningFacts facts) {
        return steps(rules.evaluate(List.of(facts)));
    }

    /** The dunning steps an evaluation decided, ordered and filtered as {@link #decide} says. */
    public static List<DunningAction> steps(RuleEvaluation evaluation) {
        List<DunningAction> actions = evaluation.objectsOf(DunningAction.class).stream()
                .sorted(Comparator.comparing(DunningAction::action).thenComparing(DunningAction::ruleCode)).toList();
        boolean terminates = actions.stream().anyMatch(a -> a.action() == DunningStep.TERMINATE);
        return actions.stream().filter(a -> !(terminates && a.action() == DunningStep.SUSPEND)).toList();
    }

    /** The first day after {@code facts}' day on which the rules would act, within the horizon. */
    public OptionalInt nextDecisionDay(DunningFacts facts) {
        for (int day = facts.getDaysFromDue() + 1; day <= facts.getDaysFromDue() + HORIZON_DAYS; day++) {
            if (!decide(facts.on(day)).isEmpty()) {
                return OptionalInt.of(day);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * How many days before its due date an invoice's dunning begins: the earliest day on which the policy acts on a
     * fresh invoice of that category (3 with the shipped rules), never more than the horizon.
     */
    public int leadDays(String category) {
        // finding the day takes up to 90 evaluations; the answer changes only with the rule base, so it is kept per build
        Instant builtAt = rules.summary().builtAt();
        LeadDays known = leadDays;
        if (builtAt == null || !builtAt.equals(known.builtAt())) {
            known = new LeadDays(builtAt, new ConcurrentHashMap<>());
            leadDays = known;
        }
        return known.byCategory().computeIfAbsent(category, this::evaluateLeadDays);
    }

    private int evaluateLeadDays(String category) {
        DunningFacts fresh = new DunningFacts("", category, -HORIZON_DAYS - 1, Set.of(), Set.of());
        OptionalInt first = nextDecisionDay(fresh);
        return first.isPresent() ? Math.max(0, -first.getAsInt()) : 0;
    }

    /** The late fee the rules charge, if any. */
    public Optional<LateFeeDecision> lateFee(LateFeeFacts facts) {
        return rules.evaluate(List.of(facts)).objectsOf(LateFeeDecision.class).stream().findFirst();
    }

    /** Both rule files on one set of facts, for the rules screen. */
    public RuleEvaluation evaluate(Object... facts) {
        return rules.evaluate(List.of(facts));
    }
}
