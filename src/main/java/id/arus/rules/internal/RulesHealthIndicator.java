package id.arus.rules.internal;

import id.arus.platform.AnalystArtifacts;
import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code rules} in {@code /actuator/health}: down while there is no rule base to evaluate against;
 * up otherwise, with every rejected file listed, because a rejected edit leaves the previous rules
 * serving and must not take Arus out of a load balancer.
 */
@Component("rulesHealthIndicator")
class RulesHealthIndicator extends AbstractHealthIndicator {

    private final RuleLoader loader;
    private final AnalystArtifacts artifacts;

    RulesHealthIndicator(RuleLoader loader, AnalystArtifacts artifacts) {
        super("The rule base could not be checked");
        this.loader = loader;
        this.artifacts = artifacts;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        CompiledRules rules = loader.serving();
        Map<String, String> rejected = new LinkedHashMap<>();
        for (ArtifactStatus status : artifacts.statuses(ArtifactKind.RULE)) {
            if (status.state() == ArtifactStatus.State.REJECTED) {
                rejected.put(status.path(), status.lastError());
            }
        }
        int ruleCount = rules == null ? 0 : rules.rulesByFile().values().stream().mapToInt(Integer::intValue).sum();
        if (rules == null) {
            health.down().withDetail("reason", "No rule base has been built");
        } else if (ruleCount == 0 && !rejected.isEmpty()) {
            health.down().withDetail("reason", "Every rule file was rejected; no rule serves");
        } else {
            health.up()
                    .withDetail("rules", ruleCount)
                    .withDetail("files", rules.sources().size())
                    .withDetail("builtAt", rules.builtAt().toString());
        }
        health.withDetail("rejectedFiles", rejected);
    }
}
