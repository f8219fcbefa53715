package id.arus.rules;

import java.util.List;

/**
 * The outcome of one evaluation.
 *
 * @param firedRules names of the rules that fired, in firing order (a rule may appear more than once)
 * @param objects    everything in working memory after firing: the facts and the decisions the rules inserted
 */
public record RuleEvaluation(List<String> firedRules, List<Object> objects) {

    public RuleEvaluation {
        firedRules = List.copyOf(firedRules);
        objects = List.copyOf(objects);
    }

    /** The objects of one type, e.g. the decision objects a rule file inserts. */
    public <T> List<T> objectsOf(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Whether a rule whose name starts with the code fired, e.g. {@code firedRule("OPS-001")}. */
    public boolean firedRule(String codePrefix) {
        return firedRules.stream().anyMatch(name -> name.startsWith(codePrefix));
    }
}
