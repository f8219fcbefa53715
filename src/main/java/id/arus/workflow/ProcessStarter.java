package id.arus.workflow;

import java.util.Map;

/**
 * Starts processes for modules and staff. Staff roles only; when the BPMN names starter groups
 * ({@code camunda:candidateStarterGroups}), the caller must hold one of them.
 */
public interface ProcessStarter {

    /**
     * Starts the latest active version of the process.
     *
     * @param businessKey the aggregate's number, e.g. {@code SUB-2026-000123}
     * @param variables   ids and primitives only
     * @return the process instance id
     * @throws ProcessNotAvailableException when no active version of the process is deployed
     */
    String start(String processKey, String businessKey, Map<String, Object> variables);
}
