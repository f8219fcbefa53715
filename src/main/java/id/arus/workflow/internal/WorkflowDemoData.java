package id.arus.workflow.internal;

import id.arus.platform.AnalystArtifacts;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two shift handovers waiting for NOC on a fresh demo engine, so the inbox shows something on the first
 * sign-in. Runs once: an engine that has ever run a handover is left alone.
 */
@Component
@Profile("demo")
class WorkflowDemoData {

    private static final Logger log = LoggerFactory.getLogger(WorkflowDemoData.class);

    private final AnalystArtifacts artifacts;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    WorkflowDemoData(AnalystArtifacts artifacts, RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.artifacts = artifacts;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void startOnEmptyEngine() {
        // The folder watcher deploys processes/ on the same event; asking it to scan now (a no-op when
        // it already has) guarantees the handover process exists before we start it.
        artifacts.rescan();
        boolean deployed = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ShiftHandoverVariables.PROCESS_KEY).active().count() > 0;
        boolean everRan = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ShiftHandoverVariables.PROCESS_KEY).count() > 0;
        if (!deployed || everRan) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        for (String shift : new String[] {"PAGI", "SIANG"}) {
            runtime.startProcessInstanceByKey(ShiftHandoverVariables.PROCESS_KEY, "SHIFT-" + today + "-" + shift);
        }
        log.info("Started two demo shift handovers for the NOC inbox");
    }
}
