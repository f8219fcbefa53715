package id.arus.integration.internal;

import id.arus.platform.AnalystArtifacts;
import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code routes} in {@code /actuator/health}: the state of every route loaded from {@code routes/}
 * and the files whose latest edit was rejected. Down when the Camel context is not running or a
 * loaded route has stopped; a rejected file alone is no reason, its previous routes keep running.
 */
@Component("routesHealthIndicator")
class RoutesHealthIndicator extends AbstractHealthIndicator {

    private final CamelContext camel;
    private final RouteLoader loader;
    private final AnalystArtifacts artifacts;

    RoutesHealthIndicator(CamelContext camel, RouteLoader loader, AnalystArtifacts artifacts) {
        super("The routes could not be checked");
        this.camel = camel;
        this.loader = loader;
        this.artifacts = artifacts;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Map<String, String> routes = new LinkedHashMap<>();
        boolean allStarted = true;
        for (List<String> ids : loader.routesByFile().values()) {
            for (String id : ids) {
                ServiceStatus status = camel.getRouteController().getRouteStatus(id);
                routes.put(id, status == null ? "Missing" : status.name());
                allStarted &= status != null && status.isStarted();
            }
        }
        Map<String, String> rejected = new LinkedHashMap<>();
        for (ArtifactStatus status : artifacts.statuses(ArtifactKind.ROUTE)) {
            if (status.state() == ArtifactStatus.State.REJECTED) {
                rejected.put(status.path(), status.lastError());
            }
        }
        if (!camel.getStatus().isStarted()) {
            health.down().withDetail("reason", "The Camel context is " + camel.getStatus());
        } else if (!allStarted) {
            health.down().withDetail("reason", "A loaded route is not running");
        } else {
            health.up();
        }
        health.withDetail("routes", routes).withDetail("rejectedFiles", rejected);
    }
}
