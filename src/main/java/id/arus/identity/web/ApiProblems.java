package id.arus.identity.web;

import id.arus.shared.InvalidInputException;
import id.arus.identity.LastAdminException;
import id.arus.identity.UserNotFoundException;
import java.net.URI;
import java.util.NoSuchElementException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of Arus's REST controllers as RFC 9457 problem details with a message a person can act
 * on; never a stack trace. Extends Spring's handler, so malformed JSON, wrong types and unsupported
 * methods come out the same way (Spring Boot's own problem-details handler steps aside for this one).
 */
@RestControllerAdvice(basePackages = "id.arus")
// last, so a module's own advice for its own exceptions (webhooks, say) is asked first
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Some fields are invalid; see 'errors'.", request);
        problem.setTitle("Invalid input");
        List<Map<String, String>> errors = new ArrayList<>();
        e.fieldErrors().forEach((field, keys) -> keys.forEach(key -> errors.add(Map.of(
                "field", field, "code", key,
                "message", messages.getMessage(key, null, key, LocaleContextHolder.getLocale())))));
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Module services throw {@link NoSuchElementException} for something unknown and for something that is not
     * the caller's (a customer asking for another's invoice); both are the same 404, so neither is revealed.
     */
    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found.", request);
    }

    @ExceptionHandler(UserNotFoundException.class)
    ProblemDetail notFound(UserNotFoundException e, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), request);
    }

    @ExceptionHandler(LastAdminException.class)
    ProblemDetail lastAdmin(LastAdminException e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), request);
    }

    /** Thrown by method security inside a controller call, after the filter chain let the request in. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Your roles do not allow this request.", request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e, WebRequest request) {
        return problem(HttpStatus.UNAUTHORIZED, "Authentication is required.", request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error in {}", request.getDescription(false), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged. Please try again later.", request);
    }

    private static ProblemDetail problem(HttpStatus status, String detail, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        String path = request.getDescription(false).replaceFirst("^uri=", "");
        problem.setInstance(URI.create(path));
        return problem;
    }
}
