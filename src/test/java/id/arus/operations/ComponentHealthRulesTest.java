package id.arus.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/** Every rule of rules/operations/component-health.drl, each with a case that fires it and one that does not. */
class ComponentHealthRulesTest {

    private static KieBase rules;

    @BeforeAll
    static void compile() throws Exception {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        files.write("src/main/resources/operations/component-health.drl",
                Files.readString(Path.of("rules/operations/component-health.drl")));
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        rules = kie.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }

    private record Outcome(List<String> fired, List<SeverityDecision> decisions) {
        Severity worst() {
            return decisions.stream().map(SeverityDecision::getSeverity).max(Enum::compareTo).orElse(null);
        }

        boolean fired(String code) {
            return fired.stream().anyMatch(name -> name.startsWith(code));
        }
    }

    private static Outcome decide(ComponentCheck check) {
        KieSession session = rules.newKieSession();
        List<String> fired = new ArrayList<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        try {
            session.insert(check);
            session.fireAllRules();
            List<SeverityDecision> decisions = session.getObjects(o -> o instanceof SeverityDecision).stream()
                    .map(SeverityDecision.class::cast).toList();
            return new Outcome(fired, decisions);
        } finally {
            session.dispose();
        }
    }

    private static ComponentCheck check(String status, long millis, int rejected, Integer minutesSinceError) {
        return new ComponentCheck("db", status, millis, rejected, minutesSinceError);
    }

    @Test
    void healthyComponentIsOk() {
        Outcome outcome = decide(check("UP", 20, 0, null));
        assertThat(outcome.fired).containsExactly("OPS-000 A component that is up, quick and clean is fine");
        assertThat(outcome.worst()).isEqualTo(Severity.OK);
        assertThat(outcome.decisions).extracting(SeverityDecision::getComponent).containsExactly("db");
    }

    @Test
    void componentWithAnOldErrorIsOkAgain() {
        Outcome outcome = decide(check("UP", 20, 0, 15));
        assertThat(outcome.fired("OPS-000")).isTrue();
        assertThat(outcome.fired("OPS-006")).isFalse();
        assertThat(outcome.worst()).isEqualTo(Severity.OK);
    }

    @Test
    void downComponentIsCritical() {
        Outcome outcome = decide(check("DOWN", 20, 0, 0));
        assertThat(outcome.fired("OPS-001")).isTrue();
        assertThat(outcome.fired("OPS-000")).isFalse();
        assertThat(outcome.worst()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void upComponentIsNotCritical() {
        Outcome outcome = decide(check("UP", 20, 0, null));
        assertThat(outcome.fired("OPS-001")).isFalse();
        assertThat(outcome.fired("OPS-002")).isFalse();
    }

    @Test
    void componentOutOfServiceIsCritical() {
        Outcome outcome = decide(check("OUT_OF_SERVICE", 20, 0, null));
        assertThat(outcome.fired("OPS-002")).isTrue();
        assertThat(outcome.fired("OPS-003")).isFalse();
        assertThat(outcome.worst()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void unknownOrDegradedStatusIsAWarning() {
        assertThat(decide(check("UNKNOWN", 20, 0, null)).fired("OPS-003")).isTrue();
        Outcome degraded = decide(check("DEGRADED", 20, 0, null));
        assertThat(degraded.fired("OPS-003")).isTrue();
        assertThat(degraded.worst()).isEqualTo(Severity.WARNING);
        assertThat(decide(check("DOWN", 20, 0, null)).fired("OPS-003")).isFalse();
    }

    @Test
    void slowComponentIsAWarning() {
        Outcome slow = decide(check("UP", 1000, 0, null));
        assertThat(slow.fired("OPS-004")).isTrue();
        assertThat(slow.fired("OPS-000")).isFalse();
        assertThat(slow.worst()).isEqualTo(Severity.WARNING);
        assertThat(decide(check("UP", 999, 0, null)).fired("OPS-004")).isFalse();
    }

    @Test
    void rejectedAnalystFileIsAWarning() {
        Outcome rejected = decide(check("UP", 20, 1, null));
        assertThat(rejected.fired("OPS-005")).isTrue();
        assertThat(rejected.fired("OPS-000")).isFalse();
        assertThat(rejected.worst()).isEqualTo(Severity.WARNING);
        assertThat(decide(check("UP", 20, 0, null)).fired("OPS-005")).isFalse();
    }

    @Test
    void recentErrorKeepsARecoveredComponentWatched() {
        Outcome recent = decide(check("UP", 20, 0, 14));
        assertThat(recent.fired("OPS-006")).isTrue();
        assertThat(recent.worst()).isEqualTo(Severity.WARNING);
        assertThat(decide(check("UP", 20, 0, null)).fired("OPS-006")).isFalse();
    }

    @Test
    void worstDecisionWinsWhenSeveralRulesFire() {
        Outcome outcome = decide(check("DOWN", 5000, 2, 0));
        assertThat(outcome.fired("OPS-001")).isTrue();
        assertThat(outcome.fired("OPS-005")).isTrue();
        assertThat(outcome.worst()).isEqualTo(Severity.CRITICAL);
    }
}
