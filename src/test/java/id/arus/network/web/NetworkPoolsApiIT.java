package id.arus.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.identity.ApiCalls;
import id.arus.identity.MyAccount;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.shared.Role;
import id.arus.shared.SystemIdentity;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Pools and ODPs over HTTP with bearer tokens: roles, field errors as problem JSON, 404s. */
@ArusIT
class NetworkPoolsApiIT {

    private static final AtomicInteger PORTS = new AtomicInteger(33_000);

    @LocalServerPort
    int port;
    @Autowired
    MyAccount account;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    NasManagement registry;
    @Autowired
    ObjectMapper json;

    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private TestUsers users;
    private long nas;

    @BeforeEach
    void setUp() {
        users = new TestUsers(store, passwords);
        nas = SystemIdentity.call("api-test", () -> registry.create(new NasForm("API " + tag, "127.0.0.1", PORTS.incrementAndGet(), false,
                "admin", "pw-1", null, null, NasRole.PRIMARY, null, null, null)).id());
    }

    @Test
    void nocManagesPoolsAndAssignments() throws Exception {
        String noc = token(users.create("poolsapi", Role.NOC));
        HttpResponse<String> bad = call("POST", "/api/v1/nas/" + nas + "/pools", noc, "{\"name\":\"statis\",\"ranges\":\"10.20.0.0/8\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(bad.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("ranges");
        assertThat(error.get("message").asText()).isEqualTo("The pool is too big; at most 65,536 addresses (/16).");

        HttpResponse<String> created = call("POST", "/api/v1/nas/" + nas + "/pools", noc, "{\"name\":\"statis\",\"ranges\":\"10.20.0.0/24\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long poolId = json.readTree(created.body()).get("id").asLong();
        assertThat(json.readTree(created.body()).get("size").asInt()).isEqualTo(254);

        HttpResponse<String> assigned = call("POST", "/api/v1/nas/" + nas + "/assignments", noc, "{\"owner\":\"SUB-1\"}");
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(json.readTree(assigned.body()).get("address").asText()).isEqualTo("10.20.0.1");
        assertThat(json.readTree(call("GET", "/api/v1/nas/" + nas + "/pools/" + poolId + "/assignments", noc, null).body())
                .get(0).get("owner").asText()).isEqualTo("SUB-1");
        assertThat(json.readTree(call("GET", "/api/v1/nas/" + nas + "/pools", noc, null).body()).get(0).get("assigned").asInt()).isEqualTo(1);
        assertThat(call("DELETE", "/api/v1/nas/" + nas + "/pools/" + poolId, noc, null).statusCode()).as("in use").isEqualTo(400);
        assertThat(call("DELETE", "/api/v1/nas/" + nas + "/assignments/SUB-1", noc, null).statusCode()).isEqualTo(204);
        assertThat(call("DELETE", "/api/v1/nas/" + nas + "/pools/" + poolId, noc, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/nas/" + nas + "/pools/" + poolId + "/assignments", noc, null).statusCode()).isEqualTo(404);

        String cs = token(users.create("poolscs", Role.CS));
        assertThat(call("GET", "/api/v1/nas/" + nas + "/pools", cs, null).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/nas/" + nas + "/pools", cs, "{\"name\":\"x\",\"ranges\":\"10.21.0.0/24\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void techniciansManageOdps() throws Exception {
        String tech = token(users.create("odpapi", Role.TECHNICIAN));
        String code = "ODP-API-" + tag;
        String body = "{\"code\":\"" + code + "\",\"name\":\"ODP Sinduadi\",\"nasId\":" + nas + ",\"latitude\":-7.7501,\"longitude\":110.3655,\"ports\":8}";
        assertThat(call("POST", "/api/v1/odp", tech, body).statusCode()).isEqualTo(201);
        assertThat(call("POST", "/api/v1/odp", tech, body).statusCode()).as("code taken").isEqualTo(400);
        JsonNode odp = json.readTree(call("GET", "/api/v1/odp/" + code.toLowerCase(Locale.ROOT), tech, null).body());
        assertThat(odp.get("name").asText()).isEqualTo("ODP Sinduadi");
        assertThat(odp.get("latitude").asDouble()).isEqualTo(-7.7501);

        HttpResponse<String> changed = call("PUT", "/api/v1/odp/" + code, tech,
                "{\"name\":\"ODP Sinduadi 2\",\"nasId\":" + nas + ",\"latitude\":-7.7502,\"longitude\":110.3656,\"ports\":16}");
        assertThat(json.readTree(changed.body()).get("ports").asInt()).isEqualTo(16);
        HttpResponse<String> noLocation = call("PUT", "/api/v1/odp/" + code, tech, "{\"name\":\"x\",\"nasId\":" + nas + ",\"ports\":16}");
        assertThat(json.readTree(noLocation.body()).get("errors").get(0).get("field").asText()).isEqualTo("location");

        assertThat(call("DELETE", "/api/v1/odp/" + code, tech, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/odp/" + code, tech, null).statusCode()).isEqualTo(404);
        String finance = token(users.create("odpfin", Role.FINANCE));
        assertThat(call("POST", "/api/v1/odp", finance, body).statusCode()).isEqualTo(403);
    }

    private String token(String username) throws Exception {
        return users.as(username, () -> account.createToken("test", null).secret());
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return ApiCalls.call(port, method, path, token, body, "en");
    }
}
