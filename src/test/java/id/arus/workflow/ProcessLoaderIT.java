package id.arus.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.TestInfrastructure;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.platform.AnalystArtifacts;
import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactProblem;
import id.arus.platform.ArtifactStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An analyst edits {@code processes/} while Arus runs: good edits deploy, broken ones are refused, removed ones stop. */
@ArusIT
class ProcessLoaderIT {

    private static final String PATH = "it/loader-probe.bpmn";
    private static final Path FILE = TestInfrastructure.ARTIFACTS.resolve("processes").resolve(PATH);

    @Autowired
    AnalystArtifacts artifacts;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AuditTrail audit;

    @Test
    @WithMockUser(username = "wf-admin", roles = "ADMIN") // reading the audit trail is for admins
    void deploysEditsRejectsBrokenFilesWithTheirLineAndSuspendsRemovedOnes() throws IOException {
        write(probe("Probe one"));
        artifacts.rescan();
        ArtifactStatus first = status();
        assertThat(first.state()).isEqualTo(ArtifactStatus.State.ACTIVE);
        int v1 = latestVersion();
        assertThat(first.version()).isEqualTo("LoaderProbeProcess v" + v1);

        // the same content again (a touch, a restart) makes no new version
        write(probe("Probe one"));
        artifacts.rescan();
        assertThat(latestVersion()).isEqualTo(v1);

        write(probe("Probe two"));
        artifacts.rescan();
        assertThat(status().version()).isEqualTo("LoaderProbeProcess v" + (v1 + 1));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("LoaderProbeProcess").latestVersion()
                .singleResult().getName()).isEqualTo("Probe two");

        // an XML typo on line 4: refused with its position, and the previous version keeps starting
        write(probe("Probe three").replace("<bpmn:startEvent id=\"Start\"/>", "<bpmn:startEvent id=\"Start\">"));
        artifacts.rescan();
        ArtifactStatus broken = status();
        assertThat(broken.state()).isEqualTo(ArtifactStatus.State.REJECTED);
        assertThat(broken.version()).isEqualTo("LoaderProbeProcess v" + (v1 + 1));
        ArtifactProblem xmlProblem = broken.problems().get(0);
        assertThat(xmlProblem.file()).isEqualTo("processes/" + PATH);
        assertThat(xmlProblem.line()).isNotNull().isGreaterThan(4);
        assertThat(xmlProblem.message()).isNotBlank();
        assertThat(latestVersion()).isEqualTo(v1 + 1);
        assertThat(runtime.startProcessInstanceByKey("LoaderProbeProcess").getProcessDefinitionId())
                .contains(":" + (v1 + 1) + ":");

        // well-formed but not a valid process (a flow to nowhere): the engine's parser names the line
        write(probe("Probe four").replace("targetRef=\"End\"", "targetRef=\"Nowhere\""));
        artifacts.rescan();
        ArtifactStatus invalid = status();
        assertThat(invalid.state()).isEqualTo(ArtifactStatus.State.REJECTED);
        assertThat(invalid.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("Nowhere");
        });
        assertThat(latestVersion()).isEqualTo(v1 + 1);

        Files.delete(FILE);
        artifacts.rescan();
        assertThat(status().state()).isEqualTo(ArtifactStatus.State.REMOVED);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("LoaderProbeProcess"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("suspended");
        assertThat(audit.search(new AuditQuery(null, null, null, "workflow.process.suspended", PATH), 0, 5))
                .isNotEmpty();

        // putting the file back unchanged serves again
        write(probe("Probe two"));
        artifacts.rescan();
        assertThat(status().state()).isEqualTo(ArtifactStatus.State.ACTIVE);
        assertThat(runtime.startProcessInstanceByKey("LoaderProbeProcess").getId()).isNotBlank();
    }

    private ArtifactStatus status() {
        return artifacts.statuses(ArtifactKind.PROCESS).stream().filter(s -> s.path().equals(PATH)).findFirst().orElseThrow();
    }

    private int latestVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("LoaderProbeProcess").latestVersion()
                .singleResult().getVersion();
    }

    /** Written beside the target and moved in, so the watcher's own poll never reads half a file. */
    private static void write(String content) throws IOException {
        Files.createDirectories(FILE.getParent());
        Path temp = FILE.resolveSibling("loader-probe.tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String probe(String name) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Defs" targetNamespace="https://arus.id/test">
                  <bpmn:process id="LoaderProbeProcess" name="%s" isExecutable="true">
                    <bpmn:startEvent id="Start"/>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Wait"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Wait" targetRef="End"/>
                    <bpmn:userTask id="Wait" name="Wait"/>
                    <bpmn:endEvent id="End"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(name);
    }
}
