package id.arus.rules.internal;

import id.arus.rules.RuleBaseSummary;
import id.arus.rules.RuleEngine;
import id.arus.rules.RuleEvaluation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Service;

/** Evaluates facts in a stateless session of the KieBase that serves at the moment of the call. */
@Service
class DroolsRuleEngine implements RuleEngine {

    private static final String OBJECTS = "objects";

    private final RuleLoader loader;
    private final KieCommands commands = KieServices.Factory.get().getCommands();

    DroolsRuleEngine(RuleLoader loader) {
        this.loader = loader;
    }

    @Override
    public RuleEvaluation evaluate(Collection<?> facts) {
        CompiledRules rules = loader.serving();
        if (rules == null) {
            throw new IllegalStateException("No rule base has been built yet");
        }
        StatelessKieSession session = rules.kieBase().newStatelessKieSession();
        List<String> fired = new ArrayList<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        List<Command<?>> batch = List.of(
                commands.newInsertElements(new ArrayList<>(facts)),
                commands.newFireAllRules(),
                commands.newGetObjects(OBJECTS));
        ExecutionResults results = session.execute(commands.newBatchExecution(batch));
        @SuppressWarnings("unchecked")
        Collection<Object> objects = (Collection<Object>) results.getValue(OBJECTS);
        return new RuleEvaluation(fired, objects == null ? List.of() : new ArrayList<>(objects));
    }

    @Override
    public RuleBaseSummary summary() {
        CompiledRules rules = loader.serving();
        if (rules == null) {
            return new RuleBaseSummary(false, Map.of(), null);
        }
        return new RuleBaseSummary(true, new TreeMap<>(rules.rulesByFile()), rules.builtAt());
    }
}
