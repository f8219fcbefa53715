package id.arus.rules.internal;

import java.time.Instant;
import java.util.Map;
import org.kie.api.KieBase;

/** One built rule base with the sources it was built from; immutable, swapped as a whole. */
record CompiledRules(KieBase kieBase, Map<String, String> sources, Map<String, Integer> rulesByFile, Instant builtAt) {

    CompiledRules {
        sources = Map.copyOf(sources);
        rulesByFile = Map.copyOf(rulesByFile);
    }
}
