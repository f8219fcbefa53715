package id.arus.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One part of Arus as last checked.
 *
 * @param component   the health contributor's name: db, kafka, processEngine, rules, routes
 * @param status      Spring Boot health status code (UP, DOWN, ...)
 * @param severity    decided by the component-health rules; null when the rule base could not decide
 * @param reasons     the rules that decided the severity
 * @param details     what the health indicator reported (shown to admins only)
 * @param lastError   the latest error the component reported since start-up, kept after it recovers
 * @param lastErrorAt when that error was seen; null when there was none
 */
public record ComponentHealth(String component, String status, Severity severity, List<String> reasons,
                              Map<String, Object> details, long responseMillis, String lastError,
                              Instant lastErrorAt, Instant checkedAt) {
}
