package id.arus.sim.tripay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The Tripay simulator on its own, with a tiny merchant server standing in for Arus: what it validates on create,
 * and how its callbacks are signed, acknowledged, resent, duplicated and sent out of order.
 */
class TripaySimulatorTest {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    /** What the merchant server received: the raw body and the signature header. */
    private final List<String[]> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> merchantAnswer = new AtomicReference<>("{\"success\":true}");
    private TripaySimulator simulator;
    private HttpServer merchant;

    @BeforeEach
    void start() throws IOException {
        merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        merchant.createContext("/webhooks/tripay", exchange -> {
            received.add(new String[] {new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Callback-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Callback-Event")});
            byte[] answer = merchantAnswer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        merchant.start();
        MockEnvironment environment = new MockEnvironment().withProperty("arus.sim.tripay.retry-interval", "100ms");
        environment.setActiveProfiles("test");
        simulator = new TripaySimulator(environment);
    }

    @AfterEach
    void stop() {
        simulator.destroy();
        merchant.stop(0);
    }

    private String callbackUrl() {
        return "http://127.0.0.1:" + merchant.getAddress().getPort() + "/webhooks/tripay";
    }

    private JsonNode create(String merchantRef, long amount, String method, String privateKey) throws Exception {
        String body = json.createObjectNode()
                .put("method", method).put("merchant_ref", merchantRef).put("amount", amount)
                .put("customer_name", "Budi").put("customer_email", "budi@example.id")
                .put("callback_url", callbackUrl())
                .put("expired_time", Instant.now().getEpochSecond() + 3600)
                .put("signature", hmac(privateKey, simulator.merchantCode() + merchantRef + amount))
                .set("order_items", json.createArrayNode().add(json.createObjectNode()
                        .put("name", "Internet").put("price", amount).put("quantity", 1)))
                .toString();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "transaction/create"))
                .header("Authorization", "Bearer " + simulator.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private static String hmac(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Polls (bounded: 10 s) until the condition holds. */
    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.get(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.get()).as("condition within 10 s").isTrue();
    }

    @Test
    void aPaidTransactionIsCalledBackOnceSignedOverTheExactBytesSent() throws Exception {
        JsonNode created = create("INV-1-1", 150_000, "BRIVA", simulator.privateKey());
        assertThat(created.path("success").asBoolean()).isTrue();
        assertThat(created.path("data").path("status").asText()).isEqualTo("UNPAID");
        assertThat(created.path("data").path("amount").asLong()).isEqualTo(150_000 + 4_250);

        simulator.pay("INV-1-1", TripaySimulator.Outcome.PAID);

        await(() -> received.size() == 1 && simulator.deliveries().size() == 1);
        String[] callback = received.get(0);
        assertThat(callback[1]).isEqualTo(hmac(simulator.privateKey(), callback[0]));
        assertThat(callback[2]).isEqualTo("payment_status");
        JsonNode body = json.readTree(callback[0]);
        assertThat(body.path("merchant_ref").asText()).isEqualTo("INV-1-1");
        assertThat(body.path("status").asText()).isEqualTo("PAID");
        assertThat(body.path("total_amount").asLong() - body.path("fee_customer").asLong()).isEqualTo(150_000);
        assertThat(simulator.deliveries().get(0).acknowledged()).isTrue();
        Thread.sleep(300); // longer than the resend interval: an acknowledged callback is not sent again
        assertThat(received).hasSize(1);
    }

    @Test
    void aBare200IsNotAnAcknowledgementSoTheCallbackIsResentThreeTimes() throws Exception {
        merchantAnswer.set("OK");
        create("INV-2-1", 150_000, "BNIVA", simulator.privateKey());

        simulator.pay("INV-2-1", TripaySimulator.Outcome.EXPIRED);

        await(() -> simulator.deliveries().size() == 1 + TripaySimulator.MAX_RESENDS);
        Thread.sleep(300);
        assertThat(received).hasSize(1 + TripaySimulator.MAX_RESENDS);
        assertThat(simulator.deliveries()).extracting(TripaySimulator.Delivery::attempt).containsExactly(1, 2, 3, 4);
        assertThat(received).extracting(r -> r[0]).containsOnly(received.get(0)[0]);
    }

    @Test
    void duplicateAndLateExpiryOptionsSendWhatAnOutOfOrderGatewayWould() throws Exception {
        simulator.duplicateCallbacks(true);
        simulator.lateExpiryAfterPayment(true);
        create("INV-3-1", 150_000, "QRIS", simulator.privateKey());

        simulator.pay("INV-3-1", TripaySimulator.Outcome.PAID);

        await(() -> received.size() == 3);
        assertThat(received).extracting(r -> json.readTree(r[0]).path("status").asText()).containsExactly("PAID", "PAID", "EXPIRED");
    }

    @Test
    void createIsValidatedLikeTripay() throws Exception {
        assertThat(create("INV-4-1", 150_000, "BRIVA", "wrong-key").path("message").asText()).isEqualTo("Invalid signature");
        assertThat(create("INV-4-2", 9_999, "BRIVA", simulator.privateKey()).path("success").asBoolean()).isFalse();
        assertThat(create("INV-4-3", 6_000_000, "QRIS", simulator.privateKey()).path("success").asBoolean()).isFalse();
        assertThat(create("INV-4-4", 50_000, "OVO", simulator.privateKey()).path("message").asText()).contains("not active");
        assertThat(create("INV-4-5", 50_000, "NOPE", simulator.privateKey()).path("message").asText()).contains("Invalid payment method");
        HttpResponse<String> noKey = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "merchant/payment-channel"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noKey.statusCode()).isEqualTo(401);
    }

    @Test
    void aSettledTransactionCannotBeSettledAgain() throws Exception {
        create("INV-5-1", 150_000, "ALFAMART", simulator.privateKey());
        simulator.pay("INV-5-1", TripaySimulator.Outcome.FAILED);
        assertThatThrownBy(() -> simulator.pay("INV-5-1", TripaySimulator.Outcome.PAID)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theCheckoutPageShowsTheInvoiceAndLetsTheCustomerPay() throws Exception {
        String reference = create("INV-6-1", 150_000, "BCAVA", simulator.privateKey()).path("data").path("reference").asText();
        String page = simulator.baseUrl().replace("/api-sandbox/", "/checkout/") + reference;

        String shown = http.send(HttpRequest.newBuilder(URI.create(page)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(shown).contains("INV-6-1", "BCA Virtual Account", "Rp 150.000", "Rp 155.500", "value=PAID", "value=EXPIRED", "value=FAILED");

        String after = http.send(HttpRequest.newBuilder(URI.create(page)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=PAID")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(after).contains("<b>PAID</b>");
        assertThat(simulator.statusOf(reference)).contains("PAID");
        await(() -> received.size() == 1);
    }
}
