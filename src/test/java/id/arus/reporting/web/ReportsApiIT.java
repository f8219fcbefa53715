package id.arus.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.billing.ReportFixtures;
import id.arus.identity.ApiCalls;
import id.arus.identity.MyAccount;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.payment.PaymentFixtures;
import id.arus.shared.Role;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The reports over REST: the same figures as the report APIs, as JSON with whole rupiah. */
@ArusIT
class ReportsApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    MyAccount account;

    private String finance;
    private String cs;

    @BeforeEach
    void ledgerAndTokens() throws Exception {
        new ReportFixtures(jdbc).seedLedger2011();
        PaymentFixtures.seedLedger2012(jdbc);
        TestUsers users = new TestUsers(store, passwords);
        finance = ApiCalls.tokenFor(users, account, users.create("reports-api-finance", Role.FINANCE));
        cs = ApiCalls.tokenFor(users, account, users.create("reports-api-cs", Role.CS));
    }

    private JsonNode get(String path, String token, int status) throws Exception {
        HttpResponse<String> response = ApiCalls.call(port, "GET", path, token, null, "en");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    @Test
    void revenueCashAgingTaxMethodsAndHistoryAsJson() throws Exception {
        JsonNode year = get("/api/v1/reports/revenue?from=2011-01-01&to=2011-12-31&unit=YEAR", finance, 200);
        assertThat(year.toString()).isEqualTo("[{\"key\":\"2011\",\"invoices\":6,\"subtotalRupiah\":700000,\"taxRupiah\":77000,\"totalRupiah\":777000}]");
        JsonNode plans = get("/api/v1/reports/revenue?from=2011-01-01&to=2011-12-31&by=PLAN", finance, 200);
        assertThat(plans.get(1).get("key").asText()).isEqualTo("RPT-P1");
        assertThat(plans.get(1).get("subtotalRupiah").asLong()).isEqualTo(420_000);

        JsonNode cash = get("/api/v1/reports/cash?from=2012-01-01&to=2012-12-31&unit=YEAR", finance, 200);
        assertThat(cash.get(0).get("netRupiah").asLong()).isEqualTo(2_016_000);

        JsonNode aging = get("/api/v1/reports/aging?asOf=2011-05-31", finance, 200);
        assertThat(aging.get("totals").get("over90Rupiah").asLong()).isEqualTo(456_109);
        assertThat(aging.get("customers").get(0).get("customerCode").asText()).isEqualTo("RPT-B");

        JsonNode tax = get("/api/v1/reports/tax?from=2011-01-01&to=2011-06-30", finance, 200);
        assertThat(tax.get("totals").get("ppnCollectedRupiah").asLong()).isEqualTo(24_210);
        assertThat(tax.get("totals").get("usoRupiah").asLong()).isEqualTo(8_750);
        assertThat(tax.get("bhpPercent").decimalValue()).isEqualByComparingTo("0.5");

        JsonNode methods = get("/api/v1/reports/methods?from=2012-01-01&to=2012-12-31&unit=YEAR", finance, 200);
        assertThat(methods.get(0).get("method").asText()).isEqualTo("BANK_TRANSFER");
        assertThat(methods.get(0).get("amountRupiah").asLong()).isEqualTo(1_000_000);

        JsonNode history = get("/api/v1/reports/customers/RPT-A/history", cs, 200);
        assertThat(history.get("balanceRupiah").asLong()).isEqualTo(121_999);
        assertThat(history.get("entries")).hasSize(7);
    }

    @Test
    void badRangesUnknownCustomersAndOtherRolesAreAnsweredClearly() throws Exception {
        JsonNode backwards = get("/api/v1/reports/revenue?from=2011-12-31&to=2011-01-01", finance, 400);
        assertThat(backwards.toString()).contains("The end date cannot be before the start date.");
        get("/api/v1/reports/aging", finance, 400);
        get("/api/v1/reports/customers/RPT-NOBODY/history", finance, 404);
        get("/api/v1/reports/tax?from=2011-01-01&to=2011-12-31", cs, 403);
    }
}
