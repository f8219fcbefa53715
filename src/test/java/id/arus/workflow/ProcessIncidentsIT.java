package id.arus.workflow;

import static id.arus.network.NetworkTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.identity.ApiCalls;
import id.arus.identity.MyAccount;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import id.arus.shared.SystemIdentity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A step that keeps failing becomes an incident staff can see and retry: a tiny process whose asynchronous
 * step fails (retry cycle R1) raises one, it shows in the API with the names drawn in the BPMN, and once the
 * cause is gone a retry lets the process finish.
 */
@ArusIT
class ProcessIncidentsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    ProcessIncidents incidents;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    MyAccount account;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    TestUsers users;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        users = new TestUsers(store, passwords);
    }

    @Test
    void aFailingStepBecomesAnIncidentThatARetryResolvesOnceTheCauseIsGone() throws Exception {
        String businessKey = "SUB-IT-" + UUID.randomUUID();
        String instanceId = FlakyStepTesting.failingProcess(repository, runtime, businessKey);

        await("an incident for " + businessKey, WAIT, () -> find(businessKey).isPresent());
        ProcessIncident incident = find(businessKey).orElseThrow();
        assertThat(incident.processKey()).isEqualTo("FlakyStepTestProcess");
        assertThat(incident.processName()).isEqualTo("Langkah yang gagal (uji)");
        assertThat(incident.activityId()).isEqualTo("Task_CallRouter");
        assertThat(incident.activityName()).isEqualTo("Panggil router");
        assertThat(incident.message()).contains("did not answer");
        assertThat(incident.failedJobId()).isNotBlank();
        assertThat(incident.time()).isNotNull();
        assertThat(SystemIdentity.call("it", incidents::count)).isPositive();

        String noc = tokenFor(users.create("incnoc", Role.NOC));
        String technician = tokenFor(users.create("inctech", Role.TECHNICIAN));
        HttpResponse<String> listed = call("GET", "/api/v1/incidents", noc);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(listed.body()).findValuesAsText("businessKey")).contains(businessKey);
        assertThat(call("GET", "/api/v1/incidents", technician).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/incidents/" + incident.id() + "/retry", technician).statusCode()).isEqualTo(403);

        FlakyStepDelegate.BROKEN.remove(businessKey);
        HttpResponse<String> retried = call("POST", "/api/v1/incidents/" + incident.id() + "/retry", noc);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);

        await("the process to finish after the retry", WAIT, () -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).completed().count() == 1);
        assertThat(FlakyStepDelegate.RAN).contains(businessKey);
        assertThat(find(businessKey)).isEmpty();
        HttpResponse<String> again = call("POST", "/api/v1/incidents/" + incident.id() + "/retry", noc);
        assertThat(again.statusCode()).isEqualTo(404);
        JsonNode problem = json.readTree(again.body());
        assertThat(problem.get("detail").asText()).contains("no longer open");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'workflow.incident.retried' and subject = ?")
                .param("process:" + businessKey).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStepThatFailsAgainRaisesANewIncident() throws Exception {
        String businessKey = "SUB-IT-" + UUID.randomUUID();
        FlakyStepTesting.failingProcess(repository, runtime, businessKey);
        await("an incident for " + businessKey, WAIT, () -> find(businessKey).isPresent());
        ProcessIncident first = find(businessKey).orElseThrow();

        SystemIdentity.run("it", () -> incidents.retry(first.id()));
        await("a new incident after the failed retry", WAIT,
                () -> find(businessKey).filter(i -> !i.id().equals(first.id())).isPresent());
        assertThatThrownBy(() -> SystemIdentity.run("it", () -> incidents.retry(first.id())))
                .isInstanceOf(NoSuchElementException.class);
        FlakyStepDelegate.BROKEN.remove(businessKey);
        SystemIdentity.run("it", () -> incidents.retry(find(businessKey).orElseThrow().id()));
        await("the process to finish", WAIT, () -> FlakyStepDelegate.RAN.contains(businessKey));
    }

    @Test
    void onlyAdminNocAndCsSeeIncidents() {
        id.arus.network.NetworkTestSupport.signIn("inc-fin", "FINANCE");
        try {
            assertThatThrownBy(() -> incidents.open()).isInstanceOf(AccessDeniedException.class);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private Optional<ProcessIncident> find(String businessKey) {
        return SystemIdentity.call("it", () -> incidents.open().stream().filter(i -> businessKey.equals(i.businessKey())).findFirst());
    }

    private String tokenFor(String username) throws Exception {
        return ApiCalls.tokenFor(users, account, username);
    }

    private HttpResponse<String> call(String method, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en").build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
