package id.arus.rules;

import java.time.Instant;
import java.util.Map;

/**
 * The rule base that serves now.
 *
 * @param available   false until the first successful build
 * @param rulesByFile rule count per file (path relative to {@code rules/}), sorted by path
 * @param builtAt     when the serving base was built; null when none
 */
public record RuleBaseSummary(boolean available, Map<String, Integer> rulesByFile, Instant builtAt) {

    public int ruleCount() {
        return rulesByFile.values().stream().mapToInt(Integer::intValue).sum();
    }
}
