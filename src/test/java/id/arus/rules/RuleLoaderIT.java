package id.arus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.TestInfrastructure;
import id.arus.platform.AnalystArtifacts;
import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactProblem;
import id.arus.platform.ArtifactStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ArusIT
class RuleLoaderIT {

    private static final Path FILE = TestInfrastructure.ARTIFACTS.resolve("rules/test/ping.drl");

    @Autowired
    AnalystArtifacts artifacts;
    @Autowired
    RuleEngine rules;

    private static String drl(String answer) {
        return """
                package id.arus.test;

                rule "TEST-001 Ping is answered"
                when
                    $s : String( this == "ping" )
                then
                    insert("%s");
                end
                """.formatted(answer);
    }

    private List<String> answers() {
        return rules.evaluate(List.of("ping")).objectsOf(String.class).stream().filter(s -> s.startsWith("pong")).toList();
    }

    private ArtifactStatus status() {
        return artifacts.statuses(ArtifactKind.RULE).stream().filter(s -> s.path().equals("test/ping.drl")).findFirst().orElseThrow();
    }

    @AfterEach
    void removeTestFile() throws Exception {
        Files.deleteIfExists(FILE);
        artifacts.rescan();
    }

    @Test
    void shipsTheComponentHealthRules() {
        assertThat(rules.summary().rulesByFile()).containsEntry("operations/component-health.drl", 7);
        assertThat(artifacts.statuses(ArtifactKind.RULE)).anySatisfy(s -> {
            assertThat(s.path()).isEqualTo("operations/component-health.drl");
            assertThat(s.state()).isEqualTo(ArtifactStatus.State.ACTIVE);
            assertThat(s.version()).isEqualTo("7 rules");
        });
    }

    @Test
    void brokenEditIsRejectedWithItsLineAndTheOldRulesKeepServing() throws Exception {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, drl("pong-1"));
        artifacts.rescan();
        assertThat(answers()).containsExactly("pong-1");
        assertThat(status().version()).isEqualTo("1 rule");

        // line 5 refers to a type that does not exist
        Files.writeString(FILE, drl("pong-2").replace("String( this", "Strin( this"));
        artifacts.rescan();

        ArtifactStatus rejected = status();
        assertThat(rejected.state()).isEqualTo(ArtifactStatus.State.REJECTED);
        assertThat(rejected.version()).isEqualTo("1 rule");
        ArtifactProblem problem = rejected.problems().get(0);
        assertThat(problem.file()).isEqualTo("rules/test/ping.drl");
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.message()).contains("Strin");
        assertThat(answers()).containsExactly("pong-1");
        // the other files were not disturbed by the rejected edit
        assertThat(rules.summary().rulesByFile()).containsEntry("operations/component-health.drl", 7);
    }

    @Test
    void syntaxErrorIsRejectedWithItsLine() throws Exception {
        Files.createDirectories(FILE.getParent());
        // the pattern on line 5 is not closed, so the parser trips over "then" on line 6
        Files.writeString(FILE, drl("pong-1").replace("\"ping\" )", "\"ping\""));
        artifacts.rescan();

        ArtifactStatus rejected = status();
        assertThat(rejected.state()).isEqualTo(ArtifactStatus.State.REJECTED);
        assertThat(rejected.version()).isNull();
        assertThat(rejected.problems().get(0).file()).isEqualTo("rules/test/ping.drl");
        assertThat(rejected.problems().get(0).line()).isEqualTo(6);
        assertThat(rejected.problems().get(0).message()).contains("then");
        assertThat(answers()).isEmpty();
    }

    @Test
    void goodEditTakesEffectWithoutRestart() throws Exception {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, drl("pong-1"));
        artifacts.rescan();
        assertThat(answers()).containsExactly("pong-1");

        Files.writeString(FILE, drl("pong-2"));
        artifacts.rescan();
        assertThat(answers()).containsExactly("pong-2");
        assertThat(status().state()).isEqualTo(ArtifactStatus.State.ACTIVE);

        Files.delete(FILE);
        artifacts.rescan();
        assertThat(answers()).isEmpty();
        assertThat(status().state()).isEqualTo(ArtifactStatus.State.REMOVED);
    }
}
