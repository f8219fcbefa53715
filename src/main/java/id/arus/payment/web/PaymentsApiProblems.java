package id.arus.payment.web;

import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An unknown (or someone else's) invoice or receipt is a 404 problem; the rest is the application's handler's. */
@RestControllerAdvice(assignableTypes = PaymentsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaymentsApiProblems {

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found");
        problem.setTitle("Not found");
        return problem;
    }
}
