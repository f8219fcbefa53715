package id.arus.workflow.web;

import id.arus.workflow.InvalidTaskFormException;
import id.arus.workflow.TaskNotAvailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The workflow API's own errors as problem details in the caller's language: a refused form names each
 * field (as the inbox marks them), a task that is not the caller's is 404, one held by someone else 409.
 */
@RestControllerAdvice(assignableTypes = {TasksApi.class, ProcessIncidentsApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkflowApiProblems {

    private final MessageSource messages;

    WorkflowApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidTaskFormException.class)
    ProblemDetail invalidForm(InvalidTaskFormException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("workflow.api.form.invalid"));
        problem.setTitle("Invalid input");
        List<Map<String, String>> errors = new ArrayList<>();
        e.errors().forEach((field, constraint) -> errors.add(Map.of("field", field, "code", constraint,
                "message", text("workflow.form.error." + constraint))));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(TaskNotAvailableException.class)
    ProblemDetail notAvailable(TaskNotAvailableException e) {
        HttpStatus status = e.reason() == TaskNotAvailableException.Reason.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text("workflow.task.error." + e.reason().name()));
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("workflow.api.incident.notOpen"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
