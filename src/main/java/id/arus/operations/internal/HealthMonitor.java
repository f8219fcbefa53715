package id.arus.operations.internal;

import id.arus.operations.ComponentCheck;
import id.arus.operations.ComponentHealth;
import id.arus.operations.OperationsHealth;
import id.arus.operations.Severity;
import id.arus.operations.SeverityDecision;
import id.arus.platform.AnalystArtifacts;
import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactStatus;
import id.arus.rules.RuleEngine;
import id.arus.rules.RuleEvaluation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;

/**
 * Checks the health contributors of every component in the background and remembers the last error
 * each one reported (the actuator forgets it the moment the component recovers). The severity of
 * each component is decided by the component-health rules, so operations can tune it without a build.
 */
@Service
class HealthMonitor implements OperationsHealth, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HealthMonitor.class);
    /** The analysts' files behind a component, whose rejected edits count against it. */
    private static final Map<String, ArtifactKind> ARTIFACTS = Map.of(
            "processEngine", ArtifactKind.PROCESS, "rules", ArtifactKind.RULE, "routes", ArtifactKind.ROUTE);

    private final HealthContributorRegistry registry;
    private final RuleEngine rules;
    private final AnalystArtifacts artifacts;
    private final TaskScheduler scheduler;
    private final Duration interval;

    private final AtomicReference<List<ComponentHealth>> snapshot = new AtomicReference<>();
    private final Map<String, LastError> lastErrors = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> poller;

    private record LastError(String message, Instant at) {
    }

    private record Check(String component, Health health, long millis, Instant at) {
    }

    HealthMonitor(HealthContributorRegistry registry, RuleEngine rules, AnalystArtifacts artifacts,
                  TaskScheduler scheduler, @Value("${arus.health.check-interval:15s}") Duration interval) {
        this.registry = registry;
        this.rules = rules;
        this.artifacts = artifacts;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startChecking() {
        poller = scheduler.scheduleWithFixedDelay(() -> {
            try {
                checkNow();
            } catch (RuntimeException e) {
                log.warn("Checking the health of Arus failed; will try again", e);
            }
        }, Instant.now().plus(interval), interval);
        // The first check waits one interval: the analysts' folders are loaded by another listener of
        // the same event, and a check before that would record "no rule base" as the last error.
    }

    @Override
    public List<ComponentHealth> components() {
        List<ComponentHealth> current = snapshot.get();
        return current != null ? current : checkNow();
    }

    @Override
    public List<ComponentHealth> checkNow() {
        List<Check> checks = new ArrayList<>();
        for (String component : COMPONENTS) {
            checks.add(check(component));
        }
        Map<String, List<SeverityDecision>> decisions = decide(checks);
        List<ComponentHealth> result = new ArrayList<>();
        for (Check check : checks) {
            LastError last = lastErrors.get(check.component());
            List<SeverityDecision> mine = decisions.getOrDefault(check.component(), List.of());
            Severity severity = mine.stream().map(SeverityDecision::getSeverity).max(Comparator.naturalOrder()).orElse(null);
            List<String> reasons = mine.stream().map(SeverityDecision::getRule).distinct().toList();
            result.add(new ComponentHealth(check.component(), check.health().getStatus().getCode(), severity, reasons,
                    check.health().getDetails(), check.millis(), last == null ? null : last.message(),
                    last == null ? null : last.at(), check.at()));
        }
        List<ComponentHealth> fresh = List.copyOf(result);
        snapshot.set(fresh);
        return fresh;
    }

    private Check check(String component) {
        Instant at = Instant.now();
        long start = System.nanoTime();
        Health health;
        try {
            health = health(registry.getContributor(component));
        } catch (RuntimeException e) {
            health = Health.down(e).build();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!Status.UP.equals(health.getStatus())) {
            lastErrors.put(component, new LastError(describe(health), at));
        }
        return new Check(component, health, millis, at);
    }

    /** A missing contributor is reported as UNKNOWN rather than hidden, so a mis-wired health check shows. */
    private static Health health(HealthContributor contributor) {
        if (contributor == null) {
            return Health.unknown().withDetail("reason", "No health check is registered").build();
        }
        if (contributor instanceof HealthIndicator indicator) {
            return indicator.getHealth(true);
        }
        if (contributor instanceof CompositeHealthContributor composite) {
            Status worst = Status.UP;
            Map<String, Object> details = new LinkedHashMap<>();
            for (NamedContributor<HealthContributor> part : composite) {
                Health partHealth = health(part.getContributor());
                details.put(part.getName(), partHealth);
                if (!Status.UP.equals(partHealth.getStatus())) {
                    worst = partHealth.getStatus();
                }
            }
            return Health.status(worst).withDetails(details).build();
        }
        return Health.unknown().withDetail("reason", "Reactive health checks are not supported").build();
    }

    private static String describe(Health health) {
        Object error = health.getDetails().get("error");
        if (error == null) {
            error = health.getDetails().get("reason");
        }
        return health.getStatus().getCode() + (error == null ? "" : ": " + error);
    }

    private Map<String, List<SeverityDecision>> decide(List<Check> checks) {
        List<ComponentCheck> facts = new ArrayList<>();
        Instant now = Instant.now();
        for (Check check : checks) {
            LastError last = lastErrors.get(check.component());
            Integer minutes = last == null ? null : (int) Duration.between(last.at(), now).toMinutes();
            facts.add(new ComponentCheck(check.component(), check.health().getStatus().getCode(), check.millis(),
                    rejectedFiles(check.component()), minutes));
        }
        try {
            RuleEvaluation evaluation = rules.evaluate(facts);
            Map<String, List<SeverityDecision>> byComponent = new LinkedHashMap<>();
            for (SeverityDecision decision : evaluation.objectsOf(SeverityDecision.class)) {
                byComponent.computeIfAbsent(decision.getComponent(), c -> new ArrayList<>()).add(decision);
            }
            return byComponent;
        } catch (RuntimeException e) {
            // Without a rule base the statuses are still worth showing; the severity stays empty.
            log.debug("The component-health rules could not decide: {}", e.getMessage());
            return Map.of();
        }
    }

    private int rejectedFiles(String component) {
        ArtifactKind kind = ARTIFACTS.get(component);
        if (kind == null) {
            return 0;
        }
        return (int) artifacts.statuses(kind).stream().filter(s -> s.state() == ArtifactStatus.State.REJECTED).count();
    }

    @Override
    public void destroy() {
        ScheduledFuture<?> running = poller;
        if (running != null) {
            running.cancel(false);
        }
    }
}
