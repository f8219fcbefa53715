package id.arus.billing;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The invoice REST API over HTTP with bearer tokens. */
@ArusIT
class InvoiceApiIT {

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
    final String tag = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() {
        users = new TestUsers(store, passwords);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void financeIssuesReadsDownloadsAndVoidsAndACustomerSeesOnlyTheirOwn() throws Exception {
        String customerUser = users.create("apicust", Role.CUSTOMER);
        signIn("admin-" + tag, "ADMIN");
        Customer own = customers.createForAccount(TestCustomers.form("Api " + tag), customerUser);
        Customer other = customers.create(TestCustomers.form("Lain " + tag));
        SecurityContextHolder.clearContext();
        String finance = ApiCalls.tokenFor(users, account, users.create("apifin", Role.FINANCE));
        String cs = ApiCalls.tokenFor(users, account, users.create("apics", Role.CS));
        String customer = ApiCalls.tokenFor(users, account, customerUser);

        String draft = """
                {"customerCode":"%s","taxInclusive":false,"lines":[
                  {"kind":"PLAN_FEE","description":"Paket Rumah 20 Mbps","quantity":1,"unitPrice":150000},
                  {"kind":"DISCOUNT","description":"Diskon","quantity":1,"unitPrice":-10000}]}""";
        HttpResponse<String> issued = ApiCalls.call(port, "POST", "/api/v1/invoices", finance, draft.formatted(own.code()), null);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode invoice = json.readTree(issued.body());
        String number = invoice.get("number").asText();
        assertThat(invoice.get("total").asLong()).isEqualTo(155_400);
        assertThat(invoice.get("lines")).hasSize(2);
        String otherNumber = json.readTree(ApiCalls.call(port, "POST", "/api/v1/invoices", finance,
                draft.formatted(other.code()), null).body()).get("number").asText();

        assertThat(ApiCalls.call(port, "POST", "/api/v1/invoices", cs, draft.formatted(own.code()), null).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = ApiCalls.call(port, "POST", "/api/v1/invoices", finance,
                "{\"customerCode\":\"%s\",\"lines\":[]}".formatted(own.code()), "en");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("lines");

        JsonNode found = json.readTree(ApiCalls.call(port, "GET", "/api/v1/invoices?q=" + own.code(), cs, null, null).body());
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(ApiCalls.call(port, "GET", "/api/v1/invoices/" + number, cs, null, null).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/invoices/" + number + "/pdf"))
                .header("Authorization", "Bearer " + customer).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");

        JsonNode mine = json.readTree(ApiCalls.call(port, "GET", "/api/v1/invoices", customer, null, null).body());
        assertThat(mine.get("items")).hasSize(1);
        assertThat(mine.get("items").get(0).get("number").asText()).isEqualTo(number);
        assertThat(ApiCalls.call(port, "GET", "/api/v1/invoices/" + otherNumber, customer, null, null).statusCode()).isEqualTo(404);

        assertThat(ApiCalls.call(port, "POST", "/api/v1/invoices/" + number + "/void", finance, "{\"reason\":\"\"}", null)
                .statusCode()).isEqualTo(400);
        HttpResponse<String> voided = ApiCalls.call(port, "POST", "/api/v1/invoices/" + number + "/void", finance,
                "{\"reason\":\"Salah paket\"}", null);
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        assertThat(json.readTree(voided.body()).get("status").asText()).isEqualTo("VOID");
    }
}
