package id.arus.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.identity.ApiCalls;
import id.arus.identity.MyAccount;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import id.arus.shared.SystemIdentity;
import id.arus.workflow.ProcessStarter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The task API over HTTP against a real shift handover: list, read the form, claim, refuse bad values, complete. */
@ArusIT
class TasksApiIT {

    @LocalServerPort
    int port;
    @Autowired
    ProcessStarter starter;
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

    TestUsers users;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        users = new TestUsers(store, passwords);
    }

    @Test
    void nocWorksAHandoverThroughTheApi() throws Exception {
        String businessKey = "SHIFT-API-" + UUID.randomUUID();
        SystemIdentity.run("it", () -> starter.start("ShiftHandoverProcess", businessKey, Map.of()));
        String noc = tokenFor(users.create("tasknoc", Role.NOC));
        String otherNoc = tokenFor(users.create("tasknoc2", Role.NOC));
        String cs = tokenFor(users.create("taskcs", Role.CS));
        String query = "/api/v1/tasks?businessKey=" + URLEncoder.encode(businessKey, StandardCharsets.UTF_8);

        JsonNode listed = json.readTree(call("GET", query, noc, null).body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("processKey").asText()).isEqualTo("ShiftHandoverProcess");
        assertThat(listed.get(0).get("businessKey").asText()).isEqualTo(businessKey);
        String id = listed.get(0).get("id").asText();
        assertThat(json.readTree(call("GET", query + "&processKey=ShiftHandoverProcess", noc, null).body())).hasSize(1);
        assertThat(json.readTree(call("GET", query + "&processKey=NoSuchProcess", noc, null).body())).isEmpty();
        assertThat(json.readTree(call("GET", query, cs, null).body())).as("not offered to CS").isEmpty();

        HttpResponse<String> details = call("GET", "/api/v1/tasks/" + id, noc, null);
        assertThat(details.statusCode()).isEqualTo(200);
        JsonNode form = json.readTree(details.body()).get("form");
        assertThat(form.findValuesAsText("id")).containsExactly("summary", "openIncidents");
        assertThat(form.get(1).get("value").asLong()).isZero();
        assertThat(form.get(0).get("required").asBoolean()).isTrue();
        assertThat(call("GET", "/api/v1/tasks/" + id, cs, null).statusCode()).isEqualTo(404);

        assertThat(call("POST", "/api/v1/tasks/" + id + "/claim", noc, null).statusCode()).isEqualTo(204);
        assertThat(call("POST", "/api/v1/tasks/" + id + "/claim", noc, null).statusCode()).as("claiming again").isEqualTo(204);
        HttpResponse<String> taken = call("POST", "/api/v1/tasks/" + id + "/claim", otherNoc, null);
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(json.readTree(taken.body()).get("reason").asText()).isEqualTo("CLAIMED_BY_OTHER");
        assertThat(call("POST", "/api/v1/tasks/" + id + "/unclaim", otherNoc, null).statusCode()).isEqualTo(409);
        assertThat(call("POST", "/api/v1/tasks/" + id + "/unclaim", noc, null).statusCode()).isEqualTo(204);

        HttpResponse<String> bad = call("POST", "/api/v1/tasks/" + id + "/complete", noc, "{\"openIncidents\": -1}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        JsonNode errors = json.readTree(bad.body()).get("errors");
        assertThat(errors.findValuesAsText("field")).contains("summary");
        assertThat(errors.findValuesAsText("message")).allSatisfy(m -> assertThat(m).doesNotStartWith("workflow."));
        assertThat(json.readTree(call("GET", query, noc, null).body())).as("nothing changed").hasSize(1);

        HttpResponse<String> done = call("POST", "/api/v1/tasks/" + id + "/complete", noc,
                "{\"summary\": \"Semua normal\", \"openIncidents\": 0}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).completed().count())
                .isEqualTo(1);
        assertThat(call("GET", "/api/v1/tasks/" + id, noc, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/tasks", null, null).statusCode()).isEqualTo(401);
    }

    private String tokenFor(String username) throws Exception {
        return ApiCalls.tokenFor(users, account, username);
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return ApiCalls.call(port, method, path, token, body, "en");
    }
}
