package id.arus.workflow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Camunda engine of one process test class on its own embedded PostgreSQL (the production database
 * engine), without the rest of Arus. Register it with {@code @RegisterExtension}: before each test it
 * points camunda-bpm-assert at this engine (the assertions otherwise keep the engine of the first class
 * that ran, whose database is gone by then), and after the class it closes the engine and the database.
 */
public final class ProcessTestEngine implements BeforeEachCallback, AfterAllCallback {

    private final EmbeddedPostgres postgres;
    private final ProcessEngine engine;

    private ProcessTestEngine(String name, Consumer<StandaloneProcessEngineConfiguration> customisation) {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
        }
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(postgres.getPostgresDatabase())
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setProcessEngineName(name);
        // as in application.yml: analysts need not put a history time-to-live on every process
        configuration.setEnforceHistoryTimeToLive(false);
        customisation.accept(configuration);
        engine = configuration.buildProcessEngine();
    }

    public static ProcessTestEngine start(String name) {
        return new ProcessTestEngine(name, configuration -> { });
    }

    public static ProcessTestEngine start(String name, Consumer<StandaloneProcessEngineConfiguration> customisation) {
        return new ProcessTestEngine(name, customisation);
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** The camunda-bpm-junit5 extension over this engine (deployments per test, clean-up after). */
    public ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(engine);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        BpmnAwareTests.reset();
        engine.close();
        postgres.close();
    }
}
