package id.arus.workflow;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The step of {@code workflow-test/flaky-step.bpmn}: fails for every business key a test has marked broken,
 * as a router call fails while the router is down. Keyed by business key so tests cannot disturb each other.
 */
public class FlakyStepDelegate implements JavaDelegate {

    static final Set<String> BROKEN = ConcurrentHashMap.newKeySet();
    static final Set<String> RAN = ConcurrentHashMap.newKeySet();

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (BROKEN.contains(key)) {
            throw new IllegalStateException("Router 10.9.9.9 did not answer (test failure for " + key + ")");
        }
        RAN.add(key);
    }
}
