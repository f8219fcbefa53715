package id.arus.rules;

import java.util.Collection;

/**
 * Evaluates facts against the rule base that serves now. Each call is a fresh stateless session, so
 * callers never see each other's facts and an analyst's rebuild never disturbs an evaluation in flight.
 */
public interface RuleEngine {

    /**
     * Inserts the facts, fires every rule that matches and returns what fired and every object in
     * working memory afterwards (the facts, modified, and the decision objects the rules inserted).
     *
     * @throws IllegalStateException when no rule base has been built yet
     */
    RuleEvaluation evaluate(Collection<?> facts);

    /** What serves now: number of rules per file, or empty before the first successful build. */
    RuleBaseSummary summary();
}
