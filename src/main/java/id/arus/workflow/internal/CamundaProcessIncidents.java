package id.arus.workflow.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.workflow.ProcessIncident;
import id.arus.workflow.ProcessIncidents;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Open incidents from Camunda's runtime tables, with names from the deployed BPMN so staff read what analysts drew. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'CS')")
class CamundaProcessIncidents implements ProcessIncidents {

    /** Camunda's incident types that a retry can fix. */
    static final String FAILED_JOB = Incident.FAILED_JOB_HANDLER_TYPE;
    static final String FAILED_EXTERNAL_TASK = Incident.EXTERNAL_TASK_HANDLER_TYPE;

    /** A screen lists at most this many; older ones are still counted. */
    static final int MAX_LISTED = 500;

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final ExternalTaskService externalTasks;
    private final AuditTrail audit;
    private final ProcessEngineConfigurationImpl engine;

    CamundaProcessIncidents(RuntimeService runtime, RepositoryService repository, ManagementService management,
                            ExternalTaskService externalTasks, AuditTrail audit, ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.externalTasks = externalTasks;
        this.audit = audit;
    }

    @Override
    public List<ProcessIncident> open() {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, MAX_LISTED);
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        // one query for the business keys of the whole page, not one per incident
        String[] instanceIds = incidents.stream().map(Incident::getProcessInstanceId).filter(Objects::nonNull).distinct()
                .toArray(String[]::new);
        Map<String, String> businessKeys = new HashMap<>();
        if (instanceIds.length > 0) {
            runtime.createProcessInstanceQuery().processInstanceIds(Set.of(instanceIds)).list()
                    .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
        }
        return incidents.stream().map(i -> describe(i, definitions, businessKeys.get(i.getProcessInstanceId()))).toList();
    }

    @Override
    public long count() {
        return runtime.createIncidentQuery().count();
    }

    @Override
    public void retry(String incidentId) {
        Incident incident = Optional.ofNullable(runtime.createIncidentQuery().incidentId(incidentId).singleResult())
                .orElseThrow(() -> new NoSuchElementException("No open incident " + incidentId + " (already retried or resolved)"));
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId()).singleResult();
        ProcessIncident described = describe(incident, new HashMap<>(), instance == null ? null : instance.getBusinessKey());
        switch (incident.getIncidentType()) {
            case FAILED_JOB -> {
                management.setJobRetries(incident.getConfiguration(), 1);
                // An idle job executor waits up to a minute between acquisitions; the retry should run now.
                if (engine.getJobExecutor() != null) {
                    engine.getJobExecutor().jobWasAdded();
                }
            }
            case FAILED_EXTERNAL_TASK -> externalTasks.setRetries(incident.getConfiguration(), 1);
            default -> throw new IllegalStateException("Incident " + incidentId + " of type " + incident.getIncidentType()
                    + " cannot be retried from Arus; open it in the Camunda cockpit");
        }
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("process", described.processKey());
        what.put("activity", described.activityId());
        what.put("job", described.failedJobId());
        what.put("message", described.message());
        audit.record(AuditRecord.of("workflow.incident.retried", subject(described)).withBefore(what));
    }

    private static String subject(ProcessIncident incident) {
        return "process:" + (incident.businessKey() != null ? incident.businessKey() : incident.processInstanceId());
    }

    private ProcessIncident describe(Incident incident, Map<String, ProcessDefinition> definitions, String businessKey) {
        ProcessDefinition definition = definitions.computeIfAbsent(incident.getProcessDefinitionId(), repository::getProcessDefinition);
        String activityId = incident.getFailedActivityId() != null ? incident.getFailedActivityId() : incident.getActivityId();
        return new ProcessIncident(incident.getId(), definition.getKey(),
                definition.getName() != null ? definition.getName() : definition.getKey(),
                businessKey, incident.getProcessInstanceId(), activityId,
                activityName(definition.getId(), activityId), incident.getIncidentMessage(),
                incident.getIncidentTimestamp().toInstant(), incident.getConfiguration());
    }

    private String activityName(String definitionId, String activityId) {
        if (activityId == null) {
            return null;
        }
        ModelElementInstance element = repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
        return element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : activityId;
    }
}
