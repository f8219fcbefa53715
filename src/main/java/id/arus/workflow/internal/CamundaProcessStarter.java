package id.arus.workflow.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.workflow.ProcessNotAvailableException;
import id.arus.workflow.ProcessStarter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the latest active version by key. The start and its audit entry share the caller's transaction,
 * so a start that rolls back (a failing first step without an async boundary) leaves no entry behind.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN','NOC','FINANCE','TECHNICIAN','CS')")
class CamundaProcessStarter implements ProcessStarter {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final AuditTrail audit;

    CamundaProcessStarter(RepositoryService repository, RuntimeService runtime, AuditTrail audit) {
        this.repository = repository;
        this.runtime = runtime;
        this.audit = audit;
    }

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        Caller caller = Caller.current();
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition == null || definition.isSuspended()) {
            throw new ProcessNotAvailableException(processKey);
        }
        List<IdentityLink> starters = repository.getIdentityLinksForProcessDefinition(definition.getId());
        boolean allowed = starters.isEmpty() || starters.stream().anyMatch(l ->
                caller.groups().contains(l.getGroupId()) || caller.userId().equals(l.getUserId()));
        if (!allowed) {
            throw new AccessDeniedException("Not a starter of " + processKey);
        }
        Map<String, Object> values = variables == null ? Map.of() : variables;
        ProcessInstance instance = runtime.startProcessInstanceById(definition.getId(), businessKey, values);
        audit.record(AuditRecord.of("workflow.process.started", "process:" + instance.getId())
                .withAfter(new Start(processKey + " v" + definition.getVersion(), businessKey, new TreeMap<>(values))));
        return instance.getId();
    }

    /** What the trail shows for a start. */
    record Start(String process, String businessKey, Map<String, Object> variables) {
    }
}
