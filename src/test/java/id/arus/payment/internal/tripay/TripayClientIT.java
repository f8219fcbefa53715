package id.arus.payment.internal.tripay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.payment.Checkout;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.PaymentChannel;
import id.arus.payment.PaymentFixtures;
import id.arus.payment.PaymentMethod;
import id.arus.payment.internal.GatewayClient.CheckoutRequest;
import id.arus.payment.internal.GatewayClient.Created;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.sim.tripay.TripaySimulator;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Tripay client through its routes against the Tripay simulator's HTTP API. */
@ArusIT
class TripayClientIT {

    @Autowired
    TripayClient client;
    @Autowired
    TripaySimulator simulator;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    ObjectMapper json;
    @Autowired
    TripayCheckouts checkouts;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private static String orderId() {
        return "INV-TEST-" + UUID.randomUUID().toString().substring(0, 8) + "-1";
    }

    private static CheckoutRequest request(String orderId, long amount, String channel) {
        return new CheckoutRequest(orderId, orderId.substring(0, orderId.length() - 2), Money.idr(amount),
                "Internet 20 Mbps November 2026", "Budi Santoso", "budi@example.id", "081234567890", channel,
                Instant.now().plus(Duration.ofHours(2)));
    }

    /** What the payment core stores when it opens a checkout; the client reads the reference back from it. */
    private void storeCheckout(String orderId, Created created, long amount) {
        PaymentFixtures.storeCheckout(jdbc, new Checkout(orderId.substring(0, orderId.length() - 2), PaymentMethod.TRIPAY,
                orderId, Money.idr(amount), "BRIVA", created.redirectUrl(), GatewayStatus.PENDING, created.expiresAt()),
                created.reference());
    }

    @Test
    void listsTheMerchantsChannelsWithTheCustomersFeesAndLimits() {
        assertThat(client.channels()).extracting(PaymentChannel::code)
                .contains("BRIVA", "BNIVA", "BCAVA", "QRIS", "ALFAMART", "INDOMARET", "OVO");
        PaymentChannel briva = client.channels().stream().filter(c -> c.code().equals("BRIVA")).findFirst().orElseThrow();
        assertThat(briva).isEqualTo(new PaymentChannel("BRIVA", "BRI Virtual Account", "Virtual Account", Money.idr(4250),
                new BigDecimal("0"), Money.idr(10_000), Money.idr(2_000_000_000), true));
        PaymentChannel qris = client.channels().stream().filter(c -> c.code().equals("QRIS")).findFirst().orElseThrow();
        assertThat(qris.customerPercentFee()).isEqualByComparingTo("0.70");
        assertThat(client.channels()).filteredOn(c -> c.code().equals("OVO")).singleElement()
                .extracting(PaymentChannel::active).isEqualTo(false);
    }

    @Test
    void createsAClosedTransactionAndReadsItsStatusByTheStoredReference() {
        String orderId = orderId();
        Created created = client.create(request(orderId, 166_500, "BRIVA"));

        assertThat(created.reference()).startsWith("DEV-T0001");
        assertThat(created.redirectUrl()).startsWith(simulator.baseUrl().replace("/api-sandbox/", "/checkout/"));
        assertThat(simulator.referenceOf(orderId)).contains(created.reference());

        storeCheckout(orderId, created, 166_500);
        assertThat(checkouts.referenceOf(orderId)).contains(created.reference());
        GatewayNotification pending = client.status(orderId);
        assertThat(pending.status()).isEqualTo(GatewayStatus.PENDING);
        assertThat(pending.rawStatus()).isEqualTo("UNPAID");
        assertThat(pending.amount()).isEqualTo(Money.idr(166_500));
        assertThat(pending.gateway()).isEqualTo(PaymentMethod.TRIPAY);

        simulator.pay(orderId, TripaySimulator.Outcome.PAID);
        GatewayNotification paid = client.status(orderId);
        assertThat(paid.status()).isEqualTo(GatewayStatus.PAID);
        assertThat(paid.orderId()).isEqualTo(orderId);
        assertThat(paid.reference()).isEqualTo(created.reference());
        // the customer paid 166,500 + BRIVA's 4,250 fee; the invoice gets 166,500
        assertThat(paid.amount()).isEqualTo(Money.idr(166_500));
        assertThat(paid.paidAt()).isNotNull();
    }

    @Test
    void aQrisTransactionIsShortenedToTheChannelsLongestExpiry() {
        Created created = client.create(new CheckoutRequest(orderId(), "INV-X", Money.idr(50_000), null, "Siti", "siti@example.id",
                null, "QRIS", Instant.now().plus(Duration.ofDays(1))));
        assertThat(created.expiresAt()).isBefore(Instant.now().plus(Duration.ofMinutes(61)));
    }

    @Test
    void tripaysOwnRefusalsReachTheCallerWithTripaysMessage() {
        assertThatThrownBy(() -> client.create(request(orderId(), 5_000, "BRIVA")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("channel", List.of("tripay.error.amount-outside-limits")));
        assertThatThrownBy(() -> client.create(request(orderId(), 50_000, "OVO")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("channel", List.of("tripay.error.channel-inactive")));
        assertThatThrownBy(() -> client.create(request(orderId(), 50_000, "GOPAY")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("channel", List.of("tripay.error.channel-unknown")));
        assertThatThrownBy(() -> client.create(request(orderId(), 50_000, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.status("INV-NEVER-OPENED-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INV-NEVER-OPENED-1");
    }

    @Test
    void aWrongApiKeyIsRefusedAndAWrongPrivateKeyFailsTheSignature() {
        TripayClient wrongApiKey = clientWith(Map.of("arus.payment.tripay.api-key", "DEV-not-the-merchants-key"));
        assertThatThrownBy(wrongApiKey::channels)
                .isInstanceOf(TripayException.class).hasMessageContaining("Invalid API Key")
                .extracting(e -> ((TripayException) e).httpStatus()).isEqualTo(401);

        // the simulator validates like Tripay, whose own message reaches the caller when Arus has not checked first
        TripayClient wrongPrivateKey = clientWith(Map.of("arus.payment.tripay.private-key", "not-the-private-key"));
        assertThatThrownBy(() -> wrongPrivateKey.create(request(orderId(), 50_000, "BRIVA")))
                .isInstanceOf(TripayException.class).hasMessageContaining("Invalid signature");
    }

    @Test
    void anUnreachableTripayIsReportedAsSuch() {
        TripayClient nowhere = clientWith(Map.of("arus.payment.tripay.base-url", "http://127.0.0.1:9/api-sandbox/"));
        assertThatThrownBy(nowhere::channels).isInstanceOf(TripayException.class).hasMessageContaining("could not be reached");
    }

    @Test
    void theWebhookIsReachableWithoutLoginAndRefusesABadSignature() throws Exception {
        String body = TripaySignatureTest.CALLBACK_BODY;
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/webhooks/tripay"))
                .header("Content-Type", "application/json")
                .header("X-Callback-Event", "payment_status")
                .header("X-Callback-Signature", "0".repeat(64))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).isEqualTo("{\"success\":false,\"message\":\"Invalid signature\"}");
    }

    /** A client whose settings differ from the context's in the given properties. */
    private TripayClient clientWith(Map<String, Object> overrides) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("overrides", overrides));
        environment.getPropertySources().addLast(new MapPropertySource("simulator", Map.of(
                "arus.payment.tripay.base-url", simulator.baseUrl(),
                "arus.payment.tripay.api-key", simulator.apiKey(),
                "arus.payment.tripay.private-key", simulator.privateKey(),
                "arus.payment.tripay.merchant-code", simulator.merchantCode())));
        return new TripayClient(producer, environment, json, checkouts);
    }
}
