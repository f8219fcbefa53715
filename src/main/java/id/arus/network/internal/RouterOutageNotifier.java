package id.arus.network.internal;

import static id.arus.network.internal.RouterOutageVariables.*;

import id.arus.network.NasStatusChanged;
import id.arus.settings.OperatorZone;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.SystemIdentity;
import id.arus.workflow.ProcessStarter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the NOC when a router goes down and when it comes back, through {@code RouterOutageProcess}: a
 * router going down starts one instance per NAS (business key {@code NAS-<id>}); another "down" while it
 * runs (e.g. unreachable after login refused) starts nothing; the router answering again correlates
 * {@code Msg_RouterBack}, which sends the "back" mail and ends the instance.
 *
 * <p>The process lives in the network module because it is about one router and is started by the
 * network's own event; the alerting module, when it comes, can subscribe to the same event for its rules.
 */
@Component
class RouterOutageNotifier {

    private static final Logger log = LoggerFactory.getLogger(RouterOutageNotifier.class);

    private final ProcessStarter processes;
    private final RuntimeService runtime;
    private final OperatorZone zone;
    private final JdbcClient jdbc;

    RouterOutageNotifier(ProcessStarter processes, RuntimeService runtime, OperatorZone zone, JdbcClient jdbc) {
        this.processes = processes;
        this.runtime = runtime;
        this.zone = zone;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void statusChanged(NasStatusChanged event) {
        if (event.wentDown()) {
            SystemIdentity.run("router-outage", () -> startOutage(event));
        } else if (event.cameBack()) {
            SystemIdentity.run("router-outage", () -> endOutage(event));
        }
    }

    private void startOutage(NasStatusChanged event) {
        lock(event.nasId());
        String key = businessKey(event.nasId());
        if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(key).count() > 0) {
            log.info("NAS {} is {}, its outage is already being handled", event.nasName(), event.current());
            return;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(NAS_ID, event.nasId());
        variables.put(NAS_NAME, event.nasName());
        variables.put(DOWN_SINCE, Date.from(event.at()));
        // The inbox shows the task's name as is, so the moment is written in the operator's zone.
        variables.put(DOWN_SINCE_TEXT, zone.format(event.at(), Locale.forLanguageTag("id")));
        variables.put(DETAIL, event.detail() == null ? "" : event.detail());
        variables.put(STATUS, event.current().name());
        variables.put(DOWN_MAIL_SENT, false);
        processes.start(PROCESS_KEY, key, variables);
    }

    private void endOutage(NasStatusChanged event) {
        lock(event.nasId());
        int told = runtime.createMessageCorrelation(MSG_ROUTER_BACK)
                .processInstanceBusinessKey(businessKey(event.nasId()))
                .setVariable(BACK_AT, Date.from(event.at()))
                .correlateAllWithResult().size();
        if (told == 0) {
            log.info("NAS {} is back; no outage of it was open", event.nasName());
        }
    }

    /** Held until the listener's transaction ends, so the check and the start are one step across nodes. */
    private void lock(long nasId) {
        AdvisoryLocks.lockForTransaction(jdbc, AdvisoryLocks.of(AdvisoryLocks.Space.ROUTER_OUTAGE, nasId));
    }
}
