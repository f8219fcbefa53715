package id.arus.payment.internal.midtrans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.internal.GatewayClient.CheckoutRequest;
import id.arus.payment.internal.GatewayClient.Created;
import id.arus.shared.Money;
import id.arus.sim.midtrans.MidtransSimulator;
import id.arus.sim.midtrans.Outcome;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@link MidtransClient} through the real routes of {@code routes/midtrans/} (camel-http) against the Midtrans
 * simulator over HTTP: the checkout, the status API (404 before a method is picked), paid and expired
 * transactions, refunds where Midtrans allows them, and the errors an operator must be able to tell apart.
 * The outgoing calls need no Spring context, so this runs without one.
 */
class MidtransClientIT {

    private static MidtransSimulator simulator;
    private static CamelContext camel;
    private static MockEnvironment environment;
    private static MidtransClient client;

    @BeforeAll
    static void start() throws Exception {
        simulator = new MidtransSimulator(MidtransSimulator.DEMO_SERVER_KEY, 0.001);
        camel = new DefaultCamelContext();
        String yaml = Files.readString(Path.of("routes/midtrans/midtrans.camel.yaml"));
        // the outgoing routes only: the notification route needs the web server (MidtransCallbackIT)
        String outgoing = yaml.substring(0, yaml.indexOf("- route:\n    id: midtrans-receive-notification"));
        PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("midtrans.camel.yaml", outgoing));
        camel.start();
        environment = new MockEnvironment()
                .withProperty("arus.payment.midtrans.server-key", MidtransSimulator.DEMO_SERVER_KEY)
                .withProperty("arus.payment.midtrans.snap-url", simulator.url() + "/")
                .withProperty("arus.payment.midtrans.api-url", simulator.url())
                .withProperty("arus.payment.midtrans.enabled-payments", "bca_va, gopay,credit_card")
                .withProperty("arus.payment.midtrans.expiry-minutes", "30");
        client = new MidtransClient(camel.createProducerTemplate(), new MidtransSettings(environment), new ObjectMapper());
    }

    @AfterAll
    static void stop() {
        camel.stop();
        simulator.close();
    }

    private static String newOrderId() {
        return "INV-2026-11-" + UUID.randomUUID().toString().substring(0, 8) + "-1";
    }

    private static CheckoutRequest request(String orderId, long amount, String channel) {
        return new CheckoutRequest(orderId, orderId.substring(0, orderId.length() - 2), Money.idr(amount),
                "Internet Paket 20 Mbps November 2026", "Siti Rahma", "siti@example.id", "081234567890", channel, null);
    }

    @Test
    void checkoutGivesTheSnapPageAndStatusIsPendingUntilAMethodIsPicked() {
        String orderId = newOrderId();
        Instant before = Instant.now();

        Created created = client.create(request(orderId, 185_000, null));

        assertThat(created.redirectUrl()).startsWith(simulator.url() + "/snap/v2/vtweb/").endsWith(created.reference());
        assertThat(created.expiresAt()).isBetween(before.plus(29, ChronoUnit.MINUTES), Instant.now().plus(31, ChronoUnit.MINUTES));
        // Snap answers 404 until the customer picks a method: still pending, not failed (tricky detail 3)
        GatewayNotification status = client.status(orderId);
        assertThat(status.status()).isEqualTo(GatewayStatus.PENDING);
        assertThat(status.orderId()).isEqualTo(orderId);
    }

    @Test
    void paidTransactionReadsAsPaidWithAmountChannelAndReference() {
        String orderId = newOrderId();
        client.create(request(orderId, 185_000, null));

        simulator.pay(orderId, Outcome.PAID, "bca_va");

        GatewayNotification status = client.status(orderId);
        assertThat(status.status()).isEqualTo(GatewayStatus.PAID);
        assertThat(status.rawStatus()).isEqualTo("settlement");
        assertThat(status.amount()).isEqualTo(Money.idr(185_000));
        assertThat(status.channel()).isEqualTo("bca_va");
        assertThat(status.reference()).isNotBlank();
        assertThat(status.paidAt()).isNotNull();
        assertThat(status.body()).isNull();
    }

    @Test
    void expiredAndFailedTransactionsReadAsSuch() {
        String expiring = newOrderId();
        client.create(request(expiring, 50_000, null));
        simulator.pay(expiring, Outcome.EXPIRED, "gopay");
        String failing = newOrderId();
        client.create(request(failing, 50_000, null));
        simulator.pay(failing, Outcome.FAILED, "credit_card");

        assertThat(client.status(expiring).status()).isEqualTo(GatewayStatus.EXPIRED);
        assertThat(client.status(failing).status()).isEqualTo(GatewayStatus.FAILED);
    }

    @Test
    void eWalletPaymentIsRefundedOnceForItsRefundKey() {
        String orderId = newOrderId();
        client.create(request(orderId, 100_000, null));
        simulator.pay(orderId, Outcome.PAID, "gopay");

        client.refund(orderId, Money.idr(40_000), "Pelanggan membayar dua kali", "RF-" + orderId);
        client.refund(orderId, Money.idr(40_000), "Pelanggan membayar dua kali", "RF-" + orderId);

        GatewayNotification status = client.status(orderId);
        assertThat(status.status()).isEqualTo(GatewayStatus.REFUNDED);
        assertThat(status.rawStatus()).isEqualTo("partial_refund");
        // a second refund of the remaining 60,000 is allowed, a third one is more than was paid
        client.refund(orderId, Money.idr(60_000), "sisa", "RF2-" + orderId);
        assertThat(client.status(orderId).rawStatus()).isEqualTo("refund");
        assertThatThrownBy(() -> client.refund(orderId, Money.idr(1), "lagi", "RF3-" + orderId))
                .isInstanceOf(MidtransException.class)
                .satisfies(e -> assertThat(((MidtransException) e).reason()).isEqualTo(MidtransException.Reason.BAD_REQUEST));
    }

    @Test
    void virtualAccountPaymentIsNotRefundableByApi() {
        String orderId = newOrderId();
        client.create(request(orderId, 100_000, null));
        simulator.pay(orderId, Outcome.PAID, "bca_va");

        assertThatThrownBy(() -> client.refund(orderId, Money.idr(100_000), "salah bayar", "RF-" + orderId))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("bca_va").hasMessageContaining("bank transfer");
        assertThat(client.status(orderId).status()).isEqualTo(GatewayStatus.PAID);
    }

    @Test
    void usedOrderIdIsRefusedUntilTheTransactionExpired() {
        String orderId = newOrderId();
        client.create(request(orderId, 75_000, null));

        assertThatThrownBy(() -> client.create(request(orderId, 75_000, null)))
                .isInstanceOf(MidtransException.class)
                .satisfies(e -> assertThat(((MidtransException) e).reason()).isEqualTo(MidtransException.Reason.ORDER_ID_USED));
        simulator.pay(orderId, Outcome.EXPIRED, "bca_va");
        assertThat(client.create(request(orderId, 75_000, null)).redirectUrl()).isNotBlank();
    }

    @Test
    void badParameterIsReportedInMidtransWords() {
        assertThatThrownBy(() -> client.create(request(newOrderId(), 75_000, "not_a_channel")))
                .isInstanceOf(MidtransException.class)
                .hasMessageContaining("enabled_payments")
                .satisfies(e -> assertThat(((MidtransException) e).reason()).isEqualTo(MidtransException.Reason.BAD_REQUEST));
        assertThatThrownBy(() -> client.create(request("INV/2026/11/1", 75_000, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wrongServerKeyIsABadKeyWithoutTheKeyInTheMessage() {
        MockEnvironment wrong = new MockEnvironment()
                .withProperty("arus.payment.midtrans.server-key", "SB-Mid-server-NotTheRightOne")
                .withProperty("arus.payment.midtrans.snap-url", simulator.url())
                .withProperty("arus.payment.midtrans.api-url", simulator.url());
        MidtransClient wrongKey = new MidtransClient(camel.createProducerTemplate(), new MidtransSettings(wrong), new ObjectMapper());

        assertThatThrownBy(() -> wrongKey.create(request(newOrderId(), 75_000, null)))
                .isInstanceOf(MidtransException.class)
                .hasMessageNotContaining("NotTheRightOne")
                .satisfies(e -> assertThat(((MidtransException) e).reason()).isEqualTo(MidtransException.Reason.BAD_KEY));
        assertThatThrownBy(() -> wrongKey.status("INV-1"))
                .satisfies(e -> assertThat(((MidtransException) e).reason()).isEqualTo(MidtransException.Reason.BAD_KEY));
    }

    @Test
    void unreachableMidtransIsUnavailableAfterTheRouteRetries() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        MockEnvironment down = new MockEnvironment()
                .withProperty("arus.payment.midtrans.server-key", MidtransSimulator.DEMO_SERVER_KEY)
                .withProperty("arus.payment.midtrans.snap-url", "http://127.0.0.1:" + closedPort)
                .withProperty("arus.payment.midtrans.api-url", "http://127.0.0.1:" + closedPort);
        MidtransClient unreachable = new MidtransClient(camel.createProducerTemplate(), new MidtransSettings(down), new ObjectMapper());

        assertThatThrownBy(() -> unreachable.status("INV-1"))
                .isInstanceOf(MidtransException.class)
                .satisfies(e -> assertThat(((MidtransException) e).reason()).isEqualTo(MidtransException.Reason.UNAVAILABLE));
        assertThatThrownBy(() -> unreachable.create(request(newOrderId(), 75_000, null)))
                .satisfies(e -> assertThat(((MidtransException) e).reason()).isEqualTo(MidtransException.Reason.UNAVAILABLE));
    }

    @Test
    void paymentPageShowsTheInvoiceAndPaysWhatTheCustomerPicks() throws Exception {
        String orderId = newOrderId();
        Created created = client.create(request(orderId, 1_250_000, null));
        HttpClient browser = HttpClient.newHttpClient();

        String page = browser.send(HttpRequest.newBuilder(URI.create(created.redirectUrl())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains(orderId).contains("Rp 1.250.000").contains("Internet Paket 20 Mbps")
                .contains("value=\"gopay\"").contains("value=\"PAID\"").contains("value=\"EXPIRED\"").contains("value=\"FAILED\"");

        HttpResponse<String> paid = browser.send(HttpRequest.newBuilder(URI.create(created.redirectUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("channel=gopay&outcome=PAID")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).isEqualTo(200);
        GatewayNotification status = client.status(orderId);
        assertThat(status.status()).isEqualTo(GatewayStatus.PAID);
        assertThat(status.channel()).isEqualTo("gopay");
    }

    @Test
    void channelsAreTheConfiguredEnabledPayments() {
        assertThat(client.channels()).extracting(c -> c.code()).containsExactly("bca_va", "gopay", "credit_card");
        assertThat(client.channels().get(0).name()).isEqualTo("BCA Virtual Account");
    }
}
