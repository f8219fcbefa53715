package id.arus.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.identity.ApiCalls;
import id.arus.identity.MyAccount;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Money;
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

/** The subscription REST API over HTTP with bearer tokens: register, read, refused changes, roles, 404. */
@ArusIT
class SubscriptionApiIT {

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
    @Autowired
    CustomerDirectory customers;
    @Autowired
    PlanCatalog plans;

    TestUsers users;
    final HttpClient http = HttpClient.newHttpClient();
    final String tag = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() {
        users = new TestUsers(store, passwords);
    }

    @Test
    void customerServiceRegistersAndReadsASubscriptionAndRefusedChangesSayWhy() throws Exception {
        String admin = users.create("apisub-admin", Role.ADMIN);
        long planId = users.as(admin, () -> plans.create(new PlanForm("A" + tag.toUpperCase(), "Api 10M", PlanType.PPPOE,
                10_000, 5_000, null, Money.idr(150_000), true, BillingCycle.MONTHLY, false, Money.ZERO, false)).id());
        String code = users.as(admin, () -> customers.create(TestCustomers.form("Api Sub " + tag)).code());
        String cs = tokenFor(users.create("apisub-cs", Role.CS));
        String finance = tokenFor(users.create("apisub-fin", Role.FINANCE));

        HttpResponse<String> created = call("POST", "/api/v1/subscriptions", cs, """
                {"customerCode":"%s","planId":%d,"site":"Dago","installationAddress":"Jl. Dago 9","latitude":-6.89,"longitude":107.61}"""
                .formatted(code, planId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String number = json.readTree(created.body()).get("number").asText();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/subscriptions/" + number);

        JsonNode one = json.readTree(call("GET", "/api/v1/subscriptions/" + number, finance, null).body());
        assertThat(one.get("status").asText()).isEqualTo("ONBOARDING");
        assertThat(one.get("customerCode").asText()).isEqualTo(code);
        assertThat(one.get("nasId").isNull()).isTrue();
        JsonNode listed = json.readTree(call("GET", "/api/v1/subscriptions?status=ONBOARDING&limit=500", cs, null).body());
        assertThat(listed.findValuesAsText("number")).contains(number);

        HttpResponse<String> notActive = call("POST", "/api/v1/subscriptions/" + number + "/suspend", finance,
                "{\"reason\":\"NON_PAYMENT\"}");
        assertThat(notActive.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notActive.body()).get("errors").get(0).get("field").asText()).isEqualTo("status");

        HttpResponse<String> invalid = call("POST", "/api/v1/subscriptions", cs,
                "{\"customerCode\":\"%s\",\"planId\":%d,\"site\":\"\",\"installationAddress\":\"\"}".formatted(code, planId));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body()).findValuesAsText("field")).contains("site", "installationAddress");

        assertThat(call("POST", "/api/v1/subscriptions/" + number + "/move", cs, "{\"nasId\":1}").statusCode())
                .as("moving is for ADMIN and NOC").isEqualTo(403);
        assertThat(call("POST", "/api/v1/subscriptions", finance, "{}").statusCode()).as("finance does not register").isEqualTo(403);
        assertThat(call("GET", "/api/v1/subscriptions/SUB-1999-000001", cs, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/subscriptions", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> terminated = call("POST", "/api/v1/subscriptions/" + number + "/terminate", cs,
                "{\"reason\":\"Batal pasang\"}");
        assertThat(terminated.statusCode()).as(terminated.body()).isEqualTo(202);
    }

    private String tokenFor(String username) throws Exception {
        return ApiCalls.tokenFor(users, account, username);
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return ApiCalls.call(port, method, path, token, body, null);
    }
}
