package id.arus.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.identity.ApiCalls;
import id.arus.identity.MyAccount;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The plans API over HTTP with personal access tokens. */
@ArusIT
class PlansApiIT {

    @LocalServerPort
    int port;
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
    void financeCreatesChangesAndArchivesAPlanThatCsCanRead() throws Exception {
        String finance = tokenFor(users.create("apifin", Role.FINANCE));
        String cs = tokenFor(users.create("apics", Role.CS));
        String code = "API-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        HttpResponse<String> created = call("POST", "/api/v1/plans", finance, """
                {"code":"%s","name":"Rumah 20","type":"PPPOE","downloadKbps":20000,"uploadKbps":5000,
                 "burst":{"burstDownKbps":40000,"burstUpKbps":10000,"thresholdDownKbps":16000,"thresholdUpKbps":4000,
                          "burstTimeSeconds":8,"limitAtDownKbps":8000,"limitAtUpKbps":2000},
                 "priceRupiah":166500,"taxInclusive":true,"cycle":"MONTHLY","prepaid":false,"installationFeeRupiah":250000}
                """.formatted(code));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/plans/" + code));
        JsonNode plan = json.readTree(created.body());
        assertThat(plan.get("rateLimit").asText()).isEqualTo("5M/20M 10M/40M 4M/16M 8/8 8 2M/8M");
        assertThat(plan.get("version").asInt()).isEqualTo(1);

        HttpResponse<String> read = call("GET", "/api/v1/plans/" + code, cs, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("priceRupiah").asLong()).isEqualTo(166_500);
        assertThat(call("POST", "/api/v1/plans/" + code + "/archive", cs, null).statusCode()).isEqualTo(403);

        HttpResponse<String> changed = call("PUT", "/api/v1/plans/" + code + "?applyToExisting=true", finance, """
                {"code":"%s","name":"Rumah 20","type":"PPPOE","downloadKbps":20000,"uploadKbps":5000,
                 "priceRupiah":177600,"taxInclusive":true,"cycle":"MONTHLY"}""".formatted(code));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("version").asInt()).isEqualTo(2);
        HttpResponse<String> sold = call("GET", "/api/v1/plans/" + code + "/versions/1", cs, null);
        assertThat(json.readTree(sold.body()).get("priceRupiah").asLong()).isEqualTo(166_500);

        HttpResponse<String> archived = call("POST", "/api/v1/plans/" + code + "/archive", finance, null);
        assertThat(json.readTree(archived.body()).get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(call("GET", "/api/v1/plans", cs, null).body()).doesNotContain(code);
        assertThat(call("GET", "/api/v1/plans?includeArchived=true", cs, null).body()).contains(code);
    }

    @Test
    void badInputIsAProblemNamingEachFieldInTheCallersLanguage() throws Exception {
        String admin = tokenFor(users.create("apiplanadm", Role.ADMIN));
        HttpResponse<String> bad = call("POST", "/api/v1/plans", admin, """
                {"code":"x y","name":"","type":"PPPOE","downloadKbps":0,"uploadKbps":1000,"priceRupiah":-1,"cycle":"MONTHLY",
                 "burst":{"burstDownKbps":500}}""");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        JsonNode errors = json.readTree(bad.body()).get("errors");
        assertThat(errors.findValuesAsText("field"))
                .contains("code", "name", "downloadKbps", "price", "burst.burstUpKbps", "burst.burstTimeSeconds");
        assertThat(errors.findValuesAsText("message")).contains("A burst needs a burst limit and threshold for download and upload, and a burst time.");
        assertThat(call("GET", "/api/v1/plans/NO-SUCH-PLAN", admin, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/plans", null, null).statusCode()).isEqualTo(401);
    }

    private String tokenFor(String username) throws Exception {
        return ApiCalls.tokenFor(users, account, username);
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return ApiCalls.call(port, method, path, token, body, "en");
    }
}
