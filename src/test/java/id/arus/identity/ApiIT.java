package id.arus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.identity.internal.Tokens;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The REST API over HTTP: bearer tokens, roles, and problem JSON for every kind of error. */
@ArusIT
class ApiIT {

    @LocalServerPort
    int port;
    @Autowired
    MyAccount account;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    TestUsers users;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        users = new TestUsers(store, passwords);
    }

    @Test
    void aTokenActsAsItsOwnerAndIsStoredOnlyAsAHash() throws Exception {
        String owner = users.create("apiowner", Role.NOC);
        String token = tokenFor(owner);
        assertThat(token).startsWith("arus_");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :h").param("h", Tokens.sha256(token))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t or token_prefix = :t or name = :t")
                .param("t", token).query(Long.class).single()).isZero();

        HttpResponse<String> me = call("GET", "/api/v1/me", token, null);
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(me.body());
        assertThat(body.get("username").asText()).isEqualTo(owner);
        assertThat(body.get("roles").toString()).isEqualTo("[\"NOC\"]");
        assertThat(me.body()).doesNotContain("password");
        assertThat(jdbc.sql("select last_used_at is not null from api_token where token_hash = :h")
                .param("h", Tokens.sha256(token)).query(Boolean.class).single()).isTrue();
        // no session is created for API calls
        assertThat(me.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void createsListsAndRevokesOwnTokens() throws Exception {
        String owner = users.create("tokens", Role.CUSTOMER);
        String token = tokenFor(owner);

        HttpResponse<String> created = call("POST", "/api/v1/tokens", token, "{\"name\":\"backup script\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode node = json.readTree(created.body());
        String secret = node.get("secret").asText();
        long id = node.get("token").get("id").asLong();
        assertThat(call("GET", "/api/v1/me", secret, null).statusCode()).isEqualTo(200);

        HttpResponse<String> list = call("GET", "/api/v1/tokens", token, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("backup script").doesNotContain(secret);

        assertThat(call("DELETE", "/api/v1/tokens/" + id, token, null).statusCode()).isEqualTo(204);
        assertProblem(call("GET", "/api/v1/me", secret, null), 401, "revoked");

        // someone else's token cannot be revoked (and is not even admitted to exist)
        String stranger = tokenFor(users.create("stranger", Role.CS));
        long strangerId = jdbc.sql("select max(id) from api_token").query(Long.class).single();
        assertProblem(call("DELETE", "/api/v1/tokens/" + strangerId, token, null), 404, "not found");
        assertThat(call("GET", "/api/v1/me", stranger, null).statusCode()).isEqualTo(200);

        // validation of a new token
        HttpResponse<String> invalid = call("POST", "/api/v1/tokens", token, "{\"name\":\"\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}");
        assertProblem(invalid, 400, "invalid");
        assertThat(json.readTree(invalid.body()).get("errors").toString()).contains("\"field\":\"name\"").contains("\"field\":\"expiresAt\"");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String owner = users.create("expiring", Role.CS);
        String token = tokenFor(owner);
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where token_hash = :h")
                .param("h", Tokens.sha256(token)).update();
        assertProblem(call("GET", "/api/v1/me", token, null), 401, "expired");
    }

    @Test
    void missingOrInvalidTokensGetUnauthorizedProblemJson() throws Exception {
        assertProblem(call("GET", "/api/v1/me", null, null), 401, "Bearer");
        assertProblem(call("GET", "/api/v1/me", "arus_not-a-real-token", null), 401, "unknown");
        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(basic, 401, "Bearer");
        assertProblem(call("GET", "/api/v1/users", null, null), 401, "token");
    }

    @Test
    void theTokenCarriesTheOwnersCurrentRoles() throws Exception {
        String owner = users.create("promoted", Role.NOC);
        String token = tokenFor(owner);
        assertProblem(call("GET", "/api/v1/users", token, null), 403, "roles");

        String admin = users.create("apiadmin", Role.ADMIN);
        String adminToken = tokenFor(admin);
        assertThat(call("PATCH", "/api/v1/users/" + owner, adminToken, "{\"roles\":[\"NOC\",\"ADMIN\"]}").statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/users", token, null).statusCode()).isEqualTo(200);

        assertThat(call("PATCH", "/api/v1/users/" + owner, adminToken, "{\"active\":false}").statusCode()).isEqualTo(200);
        assertProblem(call("GET", "/api/v1/me", token, null), 401, "deactivated");
    }

    @Test
    void usersApiValidatesAndReportsProblems() throws Exception {
        String adminToken = tokenFor(users.create("apiadmin", Role.ADMIN));

        HttpResponse<String> bad = call("POST", "/api/v1/users", adminToken,
                "{\"username\":\"x\",\"fullName\":\"\",\"email\":\"nope\",\"phone\":\"123\",\"roles\":[],\"initialPassword\":\"short\"}");
        assertProblem(bad, 400, "invalid");
        JsonNode errors = json.readTree(bad.body()).get("errors");
        assertThat(errors.findValuesAsText("field")).contains("username", "fullName", "email", "phone", "roles", "initialPassword");
        assertThat(errors.findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank().doesNotStartWith("user."));

        assertProblem(call("POST", "/api/v1/users", adminToken, "{\"username\":"), 400, null);
        assertProblem(call("POST", "/api/v1/users", adminToken, "{\"username\":\"abc\",\"roles\":[\"KING\"]}"), 400, null);
        assertProblem(call("GET", "/api/v1/users/no-such-user", adminToken, null), 404, "not found");
        assertProblem(call("GET", "/api/v1/nothing-here", adminToken, null), 404, "not found");

        String name = "api" + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = call("POST", "/api/v1/users", adminToken, """
                {"username":"%s","fullName":"Api User","email":"%s@example.id","phone":"0812 1111 2222","roles":["CS"]}
                """.formatted(name, name));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/users/" + name);
        assertThat(json.readTree(created.body()).get("phone").asText()).isEqualTo("+6281211112222");
        HttpResponse<String> fetched = call("GET", "/api/v1/users/" + name, adminToken, null);
        assertThat(json.readTree(fetched.body()).get("roles").toString()).isEqualTo("[\"CS\"]");
        HttpResponse<String> patched = call("PATCH", "/api/v1/users/" + name, adminToken, "{\"fullName\":\"Api Renamed\"}");
        assertThat(json.readTree(patched.body()).get("fullName").asText()).isEqualTo("Api Renamed");
        assertThat(json.readTree(patched.body()).get("email").asText()).isEqualTo(name + "@example.id");
        assertProblem(call("POST", "/api/v1/users", adminToken, created.body()), 400, "invalid");
    }

    @Test
    void publishesTheOpenApiDescriptionWithoutAToken() throws Exception {
        HttpResponse<String> docs = call("GET", "/api/docs/openapi.json", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = json.readTree(docs.body());
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").has("/api/v1/me")).isTrue();
        assertThat(api.get("paths").has("/api/v1/users/{username}")).isTrue();
        assertThat(api.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(api.get("paths").toString()).doesNotContain("nothing-here").doesNotContain("/api/v1/**");

        // springdoc redirects /api/docs to its UI next to it; both are readable without a token
        HttpResponse<String> entry = call("GET", "/api/docs", null, null);
        assertThat(entry.statusCode()).isEqualTo(302);
        String uiPath = URI.create(base()).resolve(entry.headers().firstValue("Location").orElseThrow()).getPath();
        HttpResponse<String> ui = call("GET", uiPath, null, null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
        assertThat(call("GET", "/api/docs/openapi.json/swagger-config", null, null).statusCode()).isEqualTo(200);
        // read-only: writing to the docs is not public
        assertThat(call("POST", "/api/docs/openapi.json", null, "{}").statusCode()).isEqualTo(401);
    }

    private String tokenFor(String username) throws Exception {
        return ApiCalls.tokenFor(users, account, username);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return ApiCalls.call(port, method, path, token, body, "en");
    }

    private void assertProblem(HttpResponse<String> response, int status, String detailContains) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
        if (detailContains != null) {
            assertThat(problem.get("detail").asText()).containsIgnoringCase(detailContains);
        }
    }
}
