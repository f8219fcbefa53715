package id.arus.network;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import id.arus.workflow.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code processes/network/router-outage.bpmn} on an embedded PostgreSQL, without the rest
 * of Arus. The two mail steps are replaced by delegates that note which mail the process asked for (the
 * real mails are checked against an SMTP server in {@code RouterOutageIT}).
 */
class RouterOutageProcessTest {

    private static final String BPMN = "arus/processes/network/router-outage.bpmn";
    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("router-outage-test",
            configuration -> configuration.setExpressionManager(new MockExpressionManager()));
    // not final: the extension injects the engine it runs into ProcessEngine fields
    private static ProcessEngine engine = processes.engine();

    @RegisterExtension
    static ProcessEngineExtension extension = processes.extension();

    private final List<String> mailed = new ArrayList<>();

    @BeforeEach
    void mailSteps() {
        Mocks.register("sendRouterDownMailDelegate", (JavaDelegate) execution -> mailed.add("down " + execution.getBusinessKey()));
        Mocks.register("sendRouterBackMailDelegate", (JavaDelegate) execution -> mailed.add("back " + execution.getBusinessKey()
                + " after " + execution.getVariable("backAt").equals(new Date(3_600_000L))));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance routerDown(String key) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("nasId", 7L);
        variables.put("nasName", "CORE-1");
        variables.put("downSince", new Date(0));
        variables.put("downSinceText", "1 Jan 1970 07.00.00");
        variables.put("detail", "connect timed out");
        variables.put("status", "UNREACHABLE");
        variables.put("downMailSent", false);
        return engine.getRuntimeService().startProcessInstanceByKey("RouterOutageProcess", key, variables);
    }

    private void routerBack(String key) {
        engine.getRuntimeService().createMessageCorrelation("Msg_RouterBack").processInstanceBusinessKey(key)
                .setVariable("backAt", new Date(3_600_000L)).correlate();
    }

    @Test
    @Deployment(resources = BPMN)
    void nocGetsATaskAndAMailThenTheBackMailClosesTheTask() {
        ProcessInstance outage = routerDown("NAS-7");

        assertThat(outage).isWaitingAt("Task_SendRouterDownMail", "Task_InvestigateRouter", "Event_RouterBack");
        assertThat(task()).hasCandidateGroup("NOC").isNotAssigned()
                .hasName("Router CORE-1 mati sejak 1 Jan 1970 07.00.00: periksa");
        execute(job(outage));
        org.assertj.core.api.Assertions.assertThat(mailed).containsExactly("down NAS-7");
        assertThat(outage).variables().containsEntry("downMailSent", true);

        routerBack("NAS-7");
        assertThat(outage).isWaitingAt("Task_SendRouterBackMail");
        execute(job(outage));

        org.assertj.core.api.Assertions.assertThat(mailed).containsExactly("down NAS-7", "back NAS-7 after true");
        assertThat(outage).hasPassed("Gateway_NocWasTold", "EndEvent_RouterBack").hasNotPassed("EndEvent_Investigated")
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    }

    @Test
    @Deployment(resources = BPMN)
    void anInvestigatedOutageStillWaitsForTheRouterBeforeEnding() {
        ProcessInstance outage = routerDown("NAS-8");
        execute(job(outage));
        complete(task(outage), withVariables("findings", "PLN padam di site"));

        assertThat(outage).hasPassed("EndEvent_Investigated", "EndEvent_NocMailed").isWaitingAt("Event_RouterBack");
        routerBack("NAS-8");
        execute(job(outage));

        assertThat(outage).hasPassed("Task_SendRouterBackMail", "EndEvent_RouterBack").isEnded();
        org.assertj.core.api.Assertions.assertThat(mailed).containsExactly("down NAS-8", "back NAS-8 after true");
    }

    @Test
    @Deployment(resources = BPMN)
    void aRouterBackBeforeTheFirstMailWentOutMailsNobody() {
        ProcessInstance outage = routerDown("NAS-9");
        assertThat(outage).isWaitingAt("Task_SendRouterDownMail");

        routerBack("NAS-9");

        assertThat(outage).hasPassed("EndEvent_BackBeforeNocTold").hasNotPassed("Task_SendRouterBackMail").isEnded();
        org.assertj.core.api.Assertions.assertThat(mailed).isEmpty();
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    }

    @Test
    @Deployment(resources = BPMN)
    void aMailServerThatKeepsRefusingBecomesAnIncidentAndTheTaskStays() {
        Mocks.register("sendRouterDownMailDelegate", (JavaDelegate) execution -> {
            throw new IllegalStateException("SMTP refused");
        });
        ProcessInstance outage = routerDown("NAS-10");
        String jobId = job(outage).getId();

        // R5/PT1M: the first run and five retries, each refused, then the engine gives up with an incident.
        for (int run = 0; run < 6; run++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
                    .hasMessageContaining("SMTP refused");
        }

        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery().jobId(jobId)
                .singleResult().getRetries()).isZero();
        org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(outage.getId()).activityId("Task_SendRouterDownMail").count()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().getActiveActivityIds(outage.getId()))
                .containsExactlyInAnyOrder("Task_SendRouterDownMail", "Task_InvestigateRouter", "Event_RouterBack");
        assertThat(task(outage)).hasCandidateGroup("NOC");
    }
}
