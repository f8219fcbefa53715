package id.arus.workflow.internal;

import id.arus.settings.OperatorZone;
import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.InboxTask;
import id.arus.workflow.InvalidTaskFormException;
import id.arus.workflow.ProcessOption;
import id.arus.workflow.TaskDetails;
import id.arus.workflow.TaskFormField;
import id.arus.workflow.TaskHistoryEntry;
import id.arus.workflow.TaskInbox;
import id.arus.workflow.TaskNotAvailableException;
import id.arus.workflow.TaskNotAvailableException.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.form.type.EnumFormType;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox on Camunda's task service. Each action and its audit entry share one transaction (the
 * engine joins Spring's), so a claim is never recorded without happening or the other way round.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN','NOC','FINANCE','TECHNICIAN','CS')")
class CamundaTaskInbox implements TaskInbox {

    /** Dates in task forms are calendar days in the operators' zone. */
    private final OperatorZone zone;

    private final TaskService tasks;
    private final FormService forms;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final HistoryService history;
    private final AuditTrail audit;

    CamundaTaskInbox(TaskService tasks, FormService forms, RuntimeService runtime, RepositoryService repository,
                     HistoryService history, AuditTrail audit, OperatorZone zone) {
        this.zone = zone;
        this.tasks = tasks;
        this.forms = forms;
        this.runtime = runtime;
        this.repository = repository;
        this.history = history;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InboxTask> tasks(InboxFilter filter, int offset, int limit) {
        Caller caller = Caller.current();
        List<Task> page = query(caller, filter)
                // PostgreSQL sorts tasks without a due date last in ascending order
                .orderByDueDate().asc().orderByTaskCreateTime().desc()
                .listPage(offset, limit);
        return summaries(caller, page);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(InboxFilter filter) {
        return query(Caller.current(), filter).count();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProcessOption> processes() {
        Caller caller = Caller.current();
        // One count per deployed process rather than loading every open task: there are tens of
        // processes but may be thousands of tasks.
        Map<String, String> byKey = new TreeMap<>();
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion().list()) {
            if (query(caller, InboxFilter.all().withProcessKey(d.getKey())).count() > 0) {
                byKey.put(d.getKey(), d.getName() == null ? d.getKey() : d.getName());
            }
        }
        return byKey.entrySet().stream().map(e -> new ProcessOption(e.getKey(), e.getValue())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TaskDetails task(String taskId) {
        Caller caller = Caller.current();
        Task task = visibleTask(caller, taskId);
        InboxTask summary = summaries(caller, List.of(task)).get(0);
        List<TaskFormField> form = forms.getTaskFormData(taskId).getFormFields().stream().map(this::field).toList();
        List<TaskHistoryEntry> steps = task.getProcessInstanceId() == null ? List.of()
                : history.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                        .filter(a -> !a.getActivityType().endsWith("Gateway") && !"sequenceFlow".equals(a.getActivityType()))
                        .map(CamundaTaskInbox::step).toList();
        return new TaskDetails(summary, task.getDescription(), form, steps);
    }

    @Override
    public void claim(String taskId) {
        Caller caller = Caller.current();
        Task task = visibleTask(caller, taskId);
        if (caller.userId().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new TaskNotAvailableException(taskId, Reason.CLAIMED_BY_OTHER);
        }
        claim(caller, task);
    }

    private void claim(Caller caller, Task task) {
        try {
            tasks.claim(task.getId(), caller.userId());
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException | org.camunda.bpm.engine.OptimisticLockingException e) {
            // a colleague claimed it between our check and our claim
            throw new TaskNotAvailableException(task.getId(), Reason.CLAIMED_BY_OTHER);
        }
        audit.record(AuditRecord.of("workflow.task.claimed", subject(task))
                .withBefore(new Assignment(task.getName(), businessKey(task), null))
                .withAfter(new Assignment(task.getName(), businessKey(task), caller.userId())));
    }

    @Override
    public void unclaim(String taskId) {
        Caller caller = Caller.current();
        Task task = visibleTask(caller, taskId);
        if (!caller.userId().equals(task.getAssignee())) {
            throw new TaskNotAvailableException(taskId, Reason.NOT_ASSIGNED_TO_YOU);
        }
        tasks.setAssignee(taskId, null);
        audit.record(AuditRecord.of("workflow.task.unclaimed", subject(task))
                .withBefore(new Assignment(task.getName(), businessKey(task), caller.userId()))
                .withAfter(new Assignment(task.getName(), businessKey(task), null)));
    }

    @Override
    public void complete(String taskId, Map<String, Object> values) {
        Caller caller = Caller.current();
        Task task = visibleTask(caller, taskId);
        if (task.getAssignee() != null && !caller.userId().equals(task.getAssignee())) {
            throw new TaskNotAvailableException(taskId, Reason.CLAIMED_BY_OTHER);
        }
        List<FormField> fields = forms.getTaskFormData(taskId).getFormFields();
        Map<String, Object> submitted = convert(fields, values == null ? Map.of() : values);
        Map<String, Object> before = new TreeMap<>();
        for (FormField f : fields) {
            if (f.getValue() != null && f.getValue().getValue() != null) {
                before.put(f.getId(), auditValue(f.getValue().getValue()));
            }
        }
        // read before completing: a process that ends with this task leaves no runtime instance to ask
        String businessKey = businessKey(task);
        if (task.getAssignee() == null) {
            claim(caller, task);
        }
        try {
            forms.submitTaskForm(taskId, submitted);
        } catch (FormFieldValidatorException e) {
            throw new InvalidTaskFormException(Map.of(e.getId(), e.getName()));
        } catch (ProcessEngineException e) {
            if (e.getCause() instanceof FormFieldValidatorException v) {
                throw new InvalidTaskFormException(Map.of(v.getId(), v.getName()));
            }
            throw e;
        }
        Map<String, Object> after = new TreeMap<>();
        submitted.forEach((k, v) -> after.put(k, auditValue(v)));
        audit.record(AuditRecord.of("workflow.task.completed", subject(task))
                .withBefore(new Completion(task.getName(), businessKey, before))
                .withAfter(new Completion(task.getName(), businessKey, after)));
    }

    /**
     * Checks presence and ranges before the engine sees the values (its own validators do not treat an
     * empty text as missing) and turns screen values into the types the form fields declare.
     */
    Map<String, Object> convert(List<FormField> fields, Map<String, Object> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> converted = new HashMap<>();
        for (FormField f : fields) {
            TaskFormField spec = field(f);
            if (spec.readOnly()) {
                continue;
            }
            Object raw = values.get(f.getId());
            if (raw instanceof String s && s.isBlank()) {
                raw = null;
            }
            if (raw == null) {
                if (spec.required() && spec.type() != TaskFormField.Type.BOOLEAN) {
                    errors.put(f.getId(), "required");
                } else if (spec.type() == TaskFormField.Type.BOOLEAN) {
                    converted.put(f.getId(), Boolean.FALSE);
                }
                continue;
            }
            try {
                Object value = switch (spec.type()) {
                    case STRING, ENUM -> raw.toString().trim();
                    case LONG -> raw instanceof Number n ? n.longValue() : Long.parseLong(raw.toString().trim());
                    case BOOLEAN -> raw instanceof Boolean b ? b : Boolean.parseBoolean(raw.toString());
                    case DATE -> raw instanceof LocalDate d ? Date.from(d.atStartOfDay(zone.zone()).toInstant())
                            : raw instanceof Date d ? d : Date.from(LocalDate.parse(raw.toString()).atStartOfDay(zone.zone()).toInstant());
                };
                String broken = broken(spec, value);
                if (broken != null) {
                    errors.put(f.getId(), broken);
                } else {
                    converted.put(f.getId(), value);
                }
            } catch (RuntimeException e) {
                errors.put(f.getId(), "type");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidTaskFormException(errors);
        }
        return converted;
    }

    private static String broken(TaskFormField spec, Object value) {
        if (value instanceof Long n) {
            if (spec.min() != null && n < spec.min()) {
                return "min";
            }
            if (spec.max() != null && n > spec.max()) {
                return "max";
            }
        }
        if (value instanceof String s) {
            if (spec.minLength() != null && s.length() < spec.minLength()) {
                return "minlength";
            }
            if (spec.maxLength() != null && s.length() > spec.maxLength()) {
                return "maxlength";
            }
            if (spec.type() == TaskFormField.Type.ENUM && !spec.options().containsKey(s)) {
                return "type";
            }
        }
        return null;
    }

    private static Object auditValue(Object value) {
        return value instanceof Date d ? d.toInstant().toString() : value;
    }

    /** The task if the caller may see it: offered to one of their roles (or to them by name), or theirs. */
    private Task visibleTask(Caller caller, String taskId) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotAvailableException(taskId, Reason.NOT_FOUND);
        }
        if (caller.userId().equals(task.getAssignee())) {
            return task;
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (caller.groups().contains(link.getGroupId()) || caller.userId().equals(link.getUserId()))) {
                return task;
            }
        }
        throw new TaskNotAvailableException(taskId, Reason.NOT_FOUND);
    }

    private TaskQuery query(Caller caller, InboxFilter filter) {
        TaskQuery query = tasks.createTaskQuery();
        // Offered to the caller's roles or to them by name while nobody holds it, or held by the caller.
        // The session's roles are passed as groups so the inbox matches exactly what method security
        // checked; the engine adds the groups it finds for a candidate user, which are the same roles.
        TaskQuery either = query.or().taskAssignee(caller.userId()).taskCandidateUser(caller.userId());
        if (!caller.groups().isEmpty()) {
            either.taskCandidateGroupIn(caller.groups());
        }
        either.endOr();
        if (filter.processKey() != null && !filter.processKey().isBlank()) {
            query.processDefinitionKey(filter.processKey());
        }
        if (filter.dueFrom() != null) {
            query.dueAfter(Date.from(filter.dueFrom().minusMillis(1)));
        }
        if (filter.dueBefore() != null) {
            query.dueBefore(Date.from(filter.dueBefore()));
        }
        if (filter.businessKey() != null && !filter.businessKey().isBlank()) {
            query.processInstanceBusinessKeyLike("%" + filter.businessKey().trim() + "%");
        }
        return query;
    }

    private List<InboxTask> summaries(Caller caller, List<Task> page) {
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).filter(id -> id != null).collect(Collectors.toSet());
        Set<String> definitionIds = page.stream().map(Task::getProcessDefinitionId).filter(id -> id != null).collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(p -> p.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, ProcessDefinition> definitions = definitionIds.isEmpty() ? Map.of()
                : repository.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds.toArray(String[]::new)).list()
                        .stream().collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
        return page.stream().map(t -> {
            ProcessDefinition d = definitions.get(t.getProcessDefinitionId());
            return new InboxTask(t.getId(), t.getName(), d == null ? null : d.getKey(),
                    d == null ? null : d.getName() == null ? d.getKey() : d.getName(),
                    businessKeys.get(t.getProcessInstanceId()), instant(t.getCreateTime()), instant(t.getDueDate()),
                    t.getAssignee(), t.getPriority(), caller.userId().equals(t.getAssignee()));
        }).toList();
    }

    private String businessKey(Task task) {
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private static String subject(Task task) {
        return "task:" + task.getId();
    }

    TaskFormField field(FormField f) {
        TaskFormField.Type type = switch (f.getTypeName()) {
            case "long" -> TaskFormField.Type.LONG;
            case "boolean" -> TaskFormField.Type.BOOLEAN;
            case "date" -> TaskFormField.Type.DATE;
            case "enum" -> TaskFormField.Type.ENUM;
            default -> TaskFormField.Type.STRING;
        };
        boolean required = false;
        boolean readOnly = false;
        Long min = null;
        Long max = null;
        Integer minLength = null;
        Integer maxLength = null;
        for (FormFieldValidationConstraint c : f.getValidationConstraints()) {
            Object config = c.getConfiguration();
            switch (c.getName()) {
                case "required" -> required = true;
                case "readonly" -> readOnly = true;
                case "min" -> min = parseLong(config);
                case "max" -> max = parseLong(config);
                case "minlength" -> minLength = parseInt(config);
                case "maxlength" -> maxLength = parseInt(config);
                default -> { }
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (f.getType() instanceof EnumFormType e) {
            options.putAll(e.getValues());
        }
        Object value = f.getValue() == null ? null : f.getValue().getValue();
        if (value instanceof Date d) {
            value = d.toInstant().atZone(zone.zone()).toLocalDate();
        }
        return new TaskFormField(f.getId(), f.getLabel() == null ? f.getId() : f.getLabel(), type, value, required,
                readOnly, min, max, minLength, maxLength, options);
    }

    private static Long parseLong(Object config) {
        try {
            return config == null ? null : Long.parseLong(config.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInt(Object config) {
        Long value = parseLong(config);
        return value == null ? null : value.intValue();
    }

    private static TaskHistoryEntry step(HistoricActivityInstance a) {
        return new TaskHistoryEntry(a.getActivityName() == null ? a.getActivityId() : a.getActivityName(),
                a.getActivityType(), instant(a.getStartTime()), instant(a.getEndTime()), a.getAssignee());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** What the trail shows for a claim or unclaim. */
    record Assignment(String task, String businessKey, String assignee) {
    }

    /** What the trail shows for a completion: the form values before and as submitted. */
    record Completion(String task, String businessKey, Map<String, Object> values) {
    }
}
