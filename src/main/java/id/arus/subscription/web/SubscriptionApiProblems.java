package id.arus.subscription.web;

import java.net.URI;
import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The subscription API's "not found": the service throws {@link NoSuchElementException} for an unknown
 * subscription and for one that is not the caller's. Everything else goes to the shared handler.
 */
@RestControllerAdvice(assignableTypes = SubscriptionApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubscriptionApiProblems {

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such subscription.");
        problem.setInstance(URI.create(request.getDescription(false).replaceFirst("^uri=", "")));
        return problem;
    }
}
