package id.arus.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.audit.AuditEntry;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.audit.ChainVerification;
import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactSource;
import id.arus.platform.LoadResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the loader does across a restart, which the integration tests (one running application) cannot
 * show: a new loader on the same engine meets a folder from which a file disappeared while Arus was down.
 */
class ProcessLoaderTest {

    private static EmbeddedPostgres postgres;
    private static ProcessEngine engine;
    private final List<AuditRecord> audited = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(postgres.getPostgresDatabase())
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setProcessEngineName("process-loader-test");
        configuration.setEnforceHistoryTimeToLive(false);
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void stop() throws IOException {
        engine.close();
        postgres.close();
    }

    @Test
    void aFileDeletedWhileArusWasDownIsSuspendedAtTheNextStartAndComesBackWhenRestored() {
        RepositoryService repository = engine.getRepositoryService();
        ProcessLoader beforeRestart = new ProcessLoader(repository, new RecordingAudit(audited));
        Map<String, LoadResult> first = beforeRestart.load(List.of(source("a.bpmn", "RestartAProcess"),
                source("b.bpmn", "RestartBProcess")), Set.of());
        assertThat(first.values()).allMatch(LoadResult::accepted);

        // restart with b.bpmn gone: the watcher only reports what it finds
        ProcessLoader afterRestart = new ProcessLoader(repository, new RecordingAudit(audited));
        Map<String, LoadResult> second = afterRestart.load(List.of(source("a.bpmn", "RestartAProcess")), Set.of());

        assertThat(second.get("a.bpmn").version()).isEqualTo("RestartAProcess v1");
        assertThat(latest(repository, "RestartAProcess").isSuspended()).isFalse();
        assertThat(latest(repository, "RestartBProcess").isSuspended()).isTrue();
        assertThat(audited).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("workflow.process.suspended");
            assertThat(r.subject()).isEqualTo("processes/b.bpmn");
        });

        // the analyst restores it unchanged: no new version, the old one serves again
        Map<String, LoadResult> restored = afterRestart.load(List.of(source("b.bpmn", "RestartBProcess")), Set.of());
        assertThat(restored.get("b.bpmn").version()).isEqualTo("RestartBProcess v1");
        assertThat(latest(repository, "RestartBProcess").isSuspended()).isFalse();
    }

    @Test
    void aFileWithoutAnExecutableProcessIsRejected() {
        ProcessLoader loader = new ProcessLoader(engine.getRepositoryService(), new RecordingAudit(audited));
        String collaborationOnly = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
                  <bpmn:process id="SketchProcess" isExecutable="false"/>
                </bpmn:definitions>
                """;
        LoadResult result = loader.load(List.of(new ArtifactSource(ArtifactKind.PROCESS, "sketch.bpmn",
                collaborationOnly.getBytes(StandardCharsets.UTF_8), "x", ArtifactSource.Origin.FOLDER)), Set.of()).get("sketch.bpmn");
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems().get(0).message()).contains("executable");
    }

    @Test
    void refusesDoctypesSoAFileCannotReadTheServersFiles() {
        ProcessLoader loader = new ProcessLoader(engine.getRepositoryService(), new RecordingAudit(audited));
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
                  <bpmn:process id="XxeProcess" name="&secret;" isExecutable="true"><bpmn:startEvent id="S"/></bpmn:process>
                </bpmn:definitions>
                """;
        LoadResult result = loader.load(List.of(new ArtifactSource(ArtifactKind.PROCESS, "xxe.bpmn",
                xxe.getBytes(StandardCharsets.UTF_8), "y", ArtifactSource.Origin.FOLDER)), Set.of()).get("xxe.bpmn");
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems().get(0).line()).isEqualTo(2);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("XxeProcess").count()).isZero();
    }

    private static org.camunda.bpm.engine.repository.ProcessDefinition latest(RepositoryService repository, String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private static ArtifactSource source(String path, String processId) {
        String xml = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
                  <bpmn:process id="%s" isExecutable="true">
                    <bpmn:startEvent id="S"/><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="W"/>
                    <bpmn:userTask id="W"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processId);
        return new ArtifactSource(ArtifactKind.PROCESS, path, xml.getBytes(StandardCharsets.UTF_8), processId,
                ArtifactSource.Origin.FOLDER);
    }

    private record RecordingAudit(List<AuditRecord> records) implements AuditTrail {
        @Override
        public void record(AuditRecord record) {
            records.add(record);
        }

        @Override
        public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChainVerification verifyChain() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void export(AuditQuery query, java.time.ZoneId zone, java.io.OutputStream out) {
            throw new UnsupportedOperationException();
        }
    }
}
