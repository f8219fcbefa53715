package id.arus.workflow;

import id.arus.network.NetworkTestSupport;
import id.arus.shared.SystemIdentity;
import java.time.Duration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;

/** Starts {@code workflow-test/flaky-step.bpmn} with its step failing, for tests of process incidents in any package. */
public final class FlakyStepTesting {

    public static final String PROCESS_KEY = "FlakyStepTestProcess";

    private FlakyStepTesting() {
    }

    /** Deploys the test process once and starts it with a step that fails until {@link #repair}; returns the instance id. */
    public static synchronized String failingProcess(RepositoryService repository, RuntimeService runtime, String businessKey) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0) {
            repository.createDeployment().name("flaky-step-test").addClasspathResource("workflow-test/flaky-step.bpmn").deploy();
        }
        FlakyStepDelegate.BROKEN.add(businessKey);
        return runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey).getId();
    }

    public static void awaitIncident(ApplicationContext context, String businessKey) throws InterruptedException {
        ProcessIncidents incidents = context.getBean(ProcessIncidents.class);
        NetworkTestSupport.await("an incident for " + businessKey, Duration.ofSeconds(60), () -> SystemIdentity.call("it",
                () -> incidents.open().stream().anyMatch(i -> businessKey.equals(i.businessKey()))));
    }

    public static void repair(String businessKey) {
        FlakyStepDelegate.BROKEN.remove(businessKey);
    }

    public static boolean ran(String businessKey) {
        return FlakyStepDelegate.RAN.contains(businessKey);
    }
}
