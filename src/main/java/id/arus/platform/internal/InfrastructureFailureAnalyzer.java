package id.arus.platform.internal;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns the two most common start-up failures of an installation into one clear paragraph:
 * infrastructure that is not configured, and a database that refuses or cannot be reached.
 */
class InfrastructureFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    /** Spring Boot passes the environment to a failure analyzer's constructor. */
    InfrastructureFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MissingInfrastructureException missing) {
                return new FailureAnalysis(missing.variable() + " is missing. " + missing.getMessage(), missing.action(), missing);
            }
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null) {
            String url = environment == null ? "(unknown)" : environment.getProperty("spring.datasource.url", "(embedded)");
            return new FailureAnalysis(
                    "Arus cannot use its database at " + url + ": " + sql.getMessage(),
                    "Check ARUS_DB_URL, ARUS_DB_USER and ARUS_DB_PASSWORD, and that PostgreSQL is running and reachable.",
                    sql);
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
