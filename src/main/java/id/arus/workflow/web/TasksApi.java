package id.arus.workflow.web;

import id.arus.workflow.InboxFilter;
import id.arus.workflow.TaskInbox;
import id.arus.workflow.web.WorkflowJson.TaskDetailsJson;
import id.arus.workflow.web.WorkflowJson.TaskJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's human tasks over REST: the same {@link TaskInbox} the inbox screen uses, so a task another
 * team owns is as invisible here as there and a form is validated the same way.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@SecurityRequirement(name = "bearer")
@Tag(name = "tasks")
class TasksApi {

    /** Bounds one page, so a script cannot ask the engine for everything at once. */
    static final int MAX_LIMIT = 500;

    private final TaskInbox inbox;

    TasksApi(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "Tasks offered to the caller's roles or held by the caller, most urgent first")
    List<TaskJson> list(@Parameter(description = "part of the business key, e.g. SUB-2026-000123") @RequestParam(required = false) String businessKey,
                        @Parameter(description = "process definition key, e.g. ShiftHandoverProcess") @RequestParam(required = false) String processKey,
                        @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        InboxFilter filter = InboxFilter.all().withBusinessKey(blankToNull(businessKey)).withProcessKey(blankToNull(processKey));
        return inbox.tasks(filter, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_LIMIT))).stream().map(TaskJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task with its form fields and their current values")
    TaskDetailsJson task(@PathVariable String id) {
        return TaskDetailsJson.of(inbox.task(id));
    }

    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take an offered task (claiming one's own again changes nothing)")
    void claim(@PathVariable String id) {
        inbox.claim(id);
    }

    @PostMapping("/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Give one's own task back to the group")
    void unclaim(@PathVariable String id) {
        inbox.unclaim(id);
    }

    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete a task with the values of its form fields",
            description = "The body is a JSON object keyed by field id. Invalid values give 400 with one error per field; nothing changes then.")
    void complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> values) {
        inbox.complete(id, values == null ? Map.of() : values);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
