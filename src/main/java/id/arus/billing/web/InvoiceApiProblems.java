package id.arus.billing.web;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The invoice API's own answer: a change the invoice's state does not allow (a late fee on a paid one) is 409.
 * Everything else, "not found" included, goes to the shared handler.
 */
@RestControllerAdvice(assignableTypes = InvoiceApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvoiceApiProblems {


    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), request);
    }

    private static ProblemDetail problem(HttpStatus status, String detail, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getDescription(false).replaceFirst("^uri=", "")));
        return problem;
    }
}
