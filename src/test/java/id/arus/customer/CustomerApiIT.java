package id.arus.customer;

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
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The customer REST API over HTTP with bearer tokens. */
@ArusIT
class CustomerApiIT {

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

    TestUsers users;
    final HttpClient http = HttpClient.newHttpClient();
    final String tag = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() {
        users = new TestUsers(store, passwords);
    }

    @Test
    void customerServiceCreatesFindsAndChangesACustomer() throws Exception {
        String cs = tokenFor(users.create("apics", Role.CS));
        String nik = TestCustomers.nik();
        String body = """
                {"name":"Rina %s","nik":"%s","phone":"0813-5555-6666","address":"Jl. Godean km 4",
                 "latitude":-7.78,"longitude":110.34,"category":"business"}""".formatted(tag, nik);
        HttpResponse<String> created = call("POST", "/api/v1/customers", cs, body, "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode customer = json.readTree(created.body());
        String code = customer.get("code").asText();
        assertThat(customer.get("phone").asText()).isEqualTo("+6281355556666");
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/customers/" + code);

        JsonNode page = json.readTree(call("GET", "/api/v1/customers?q=0813-5555-6666&category=business&limit=5", cs, null, null).body());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("code").asText()).isEqualTo(code);

        HttpResponse<String> changed = call("PUT", "/api/v1/customers/" + code, cs,
                body.replace("Jl. Godean km 4", "Jl. Godean km 5"), "application/json");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("address").asText()).isEqualTo("Jl. Godean km 5");

        HttpResponse<String> duplicate = call("POST", "/api/v1/customers", cs, body, "application/json");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(duplicate.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("nik");
        assertThat(error.get("message").asText()).contains("already registered");

        assertThat(call("GET", "/api/v1/customers/CUST-999999999", cs, null, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/customers?status=GONE", cs, null, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/customers", null, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void documentsAreUploadedAsMultipartAndVerified() throws Exception {
        String cs = tokenFor(users.create("apidocs", Role.CS));
        String code = users.as(users.create("apidocs-owner", Role.CS),
                () -> customers.create(TestCustomers.form("Docs Api " + tag)).code());

        String boundary = "arus-" + tag;
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kontrak.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + new String(pdf, StandardCharsets.ISO_8859_1) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> uploaded = call("POST", "/api/v1/customers/" + code + "/documents?type=CONTRACT", cs,
                multipart, "multipart/form-data; boundary=" + boundary);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode doc = json.readTree(uploaded.body());
        assertThat(doc.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(doc.get("filename").asText()).isEqualTo("kontrak.pdf");
        long id = doc.get("id").asLong();

        assertThat(json.readTree(call("GET", "/api/v1/customers/" + code + "/documents", cs, null, null).body()))
                .hasSize(1);
        assertThat(call("GET", "/api/v1/customers/documents/" + id + "/content", cs, null, null).body())
                .isEqualTo(new String(pdf, StandardCharsets.UTF_8));
        HttpResponse<String> rejected = call("POST", "/api/v1/customers/documents/" + id + "/reject", cs,
                "{\"reason\":\"Belum ditandatangani\"}", "application/json");
        assertThat(json.readTree(rejected.body()).get("status").asText()).isEqualTo("REJECTED");
        assertThat(json.readTree(call("POST", "/api/v1/customers/documents/" + id + "/verify", cs, null, null).body())
                .get("status").asText()).isEqualTo("VERIFIED");
    }

    @Test
    void aCustomerTokenReachesOnlyItsOwnRecord() throws Exception {
        String username = users.create("apicust", Role.CUSTOMER);
        String own = users.as(users.create("apisignup", Role.CS),
                () -> customers.createForAccount(TestCustomers.form("Own Api " + tag), username).code());
        String other = users.as(users.create("apiother", Role.CS),
                () -> customers.create(TestCustomers.form("Other Api " + tag)).code());
        String token = tokenFor(username);

        assertThat(call("GET", "/api/v1/customers/" + own, token, null, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/customers/" + other, token, null, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/customers?q=api", token, null, null).statusCode()).isEqualTo(403);
    }

    @Test
    void checksACsvBeforeImportingIt() throws Exception {
        String cs = tokenFor(users.create("apiimport", Role.CS));
        String csv = "name;nik;phone;address\nImpor " + tag + ";" + TestCustomers.nik() + ";0812 7777 8888;Jl. Wates\n"
                + "Salah;123;0812;Jl. Wates\n";
        JsonNode check = json.readTree(call("POST", "/api/v1/customers/import", cs, csv, "text/csv").body());
        assertThat(check.get("valid").asInt()).isEqualTo(1);
        assertThat(check.get("imported").asInt()).isZero();
        assertThat(check.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        JsonNode run = json.readTree(call("POST", "/api/v1/customers/import?dryRun=false", cs, csv, "text/csv").body());
        assertThat(run.get("imported").asInt()).isEqualTo(1);
    }

    private String tokenFor(String username) throws Exception {
        return ApiCalls.tokenFor(users, account, username);
    }

    private HttpResponse<String> call(String method, String path, String token, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(contentType != null && contentType.startsWith("multipart")
                        ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Accept-Language", "en");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
