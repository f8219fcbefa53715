package id.arus.payment.internal.midtrans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.payment.CallbackOutcome;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.PaymentCallbacks;
import id.arus.payment.PaymentMethod;
import id.arus.shared.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The notification route of {@code routes/midtrans/midtrans.camel.yaml} as Midtrans meets it: the file is
 * loaded as it is, only its platform-http entry is swapped for a direct one (no web server here), and the
 * payment core is a recording {@link PaymentCallbacks} that can be told to fail like a database would.
 */
class MidtransNotificationRouteTest {

    private static final String KEY = "SB-Mid-server-route-test";
    private static final String ROUTE_ID = "midtrans-receive-notification";

    private final RecordingCallbacks callbacks = new RecordingCallbacks();
    private CamelContext camel;

    @BeforeEach
    void startRoute() throws Exception {
        camel = new DefaultCamelContext();
        MockEnvironment environment = new MockEnvironment().withProperty("arus.payment.midtrans.server-key", KEY);
        camel.getRegistry().bind("midtransNotifications",
                new MidtransNotifications(callbacks, new MidtransSettings(environment), new ObjectMapper()));
        String yaml = Files.readString(Path.of("routes/midtrans/midtrans.camel.yaml"));
        PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("midtrans.camel.yaml", yaml));
        AdviceWith.adviceWith(camel, ROUTE_ID, route -> route.replaceFromWith("direct:notification"));
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private Exchange post(String body) {
        return camel.createProducerTemplate().send("direct:notification", e -> e.getIn().setBody(body));
    }

    private static String notification(String orderId, String status, String statusCode, String grossAmount, String signature) {
        return """
                {"transaction_time":"2026-11-30 19:00:01","transaction_status":"%s","transaction_id":"b1f0c3a2-1111",
                 "status_message":"midtrans payment notification","status_code":"%s","signature_key":"%s",
                 "settlement_time":"2026-11-30 19:01:07","payment_type":"bank_transfer","order_id":"%s",
                 "merchant_id":"G000000001","gross_amount":"%s","fraud_status":"accept","currency":"IDR",
                 "va_numbers":[{"bank":"bca","va_number":"12345678901"}],"a_field_added_later":{"x":1}}
                """.formatted(status, statusCode, signature, orderId, grossAmount);
    }

    private static String signed(String orderId, String status, String statusCode, String grossAmount) {
        return notification(orderId, status, statusCode, grossAmount,
                MidtransSignature.of(orderId, statusCode, grossAmount, KEY));
    }

    private static int code(Exchange exchange) {
        return exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    }

    @Test
    void signedSettlementIsHandedOverAsPaidAndAnswered200() {
        Exchange answer = post(signed("INV-2026-11-000045-1", "settlement", "200", "150000.00"));

        assertThat(code(answer)).isEqualTo(200);
        assertThat(answer.getMessage().getBody(String.class)).isEqualTo("APPLIED");
        assertThat(callbacks.accepted).hasSize(1);
        GatewayNotification received = callbacks.accepted.get(0);
        assertThat(received.gateway()).isEqualTo(PaymentMethod.MIDTRANS);
        assertThat(received.orderId()).isEqualTo("INV-2026-11-000045-1");
        assertThat(received.status()).isEqualTo(GatewayStatus.PAID);
        assertThat(received.rawStatus()).isEqualTo("settlement");
        assertThat(received.amount()).isEqualTo(Money.idr(150_000));
        assertThat(received.channel()).isEqualTo("bca_va");
        assertThat(received.reference()).isEqualTo("b1f0c3a2-1111");
        assertThat(received.paidAt()).hasToString("2026-11-30T12:01:07Z");
        assertThat(received.body()).contains("a_field_added_later");
        // handed over as the system, so the payment core's secured services and the audit name the job
        assertThat(callbacks.actors).containsExactly("system:midtrans-notification");
        assertThat(answer.getMessage().getHeader("Authorization")).isNull();
    }

    @Test
    void pendingWithItsOwnStatusCodeIsAcceptedAsPending() {
        Exchange answer = post(signed("INV-2026-11-000046-1", "pending", "201", "99000.00"));

        assertThat(code(answer)).isEqualTo(200);
        assertThat(callbacks.accepted).singleElement().extracting(GatewayNotification::status).isEqualTo(GatewayStatus.PENDING);
    }

    @Test
    void everyStoredOutcomeIsAcknowledged() {
        callbacks.outcome = CallbackOutcome.DUPLICATE;
        assertThat(code(post(signed("INV-1", "settlement", "200", "10000.00")))).isEqualTo(200);
        callbacks.outcome = CallbackOutcome.STALE;
        assertThat(code(post(signed("INV-1", "pending", "201", "10000.00")))).isEqualTo(200);
        callbacks.outcome = CallbackOutcome.UNKNOWN_ORDER;
        assertThat(code(post(signed("NOT-OURS-1", "settlement", "200", "10000.00")))).isEqualTo(200);
    }

    @Test
    void wrongSignatureIs401AndOnlyRecordedAsRejected() {
        String forged = MidtransSignature.of("INV-2026-11-000045-1", "200", "150000.00", "guessed-key");
        Exchange answer = post(notification("INV-2026-11-000045-1", "settlement", "200", "150000.00", forged));

        assertThat(code(answer)).isEqualTo(401);
        assertThat(callbacks.accepted).isEmpty();
        assertThat(callbacks.rejected).containsExactly("INV-2026-11-000045-1: signature_key does not match");
    }

    @Test
    void amountChangedAfterSigningIs401() {
        String signature = MidtransSignature.of("INV-7", "200", "10000.00", KEY);
        Exchange answer = post(notification("INV-7", "settlement", "200", "1000000.00", signature));

        assertThat(code(answer)).isEqualTo(401);
        assertThat(callbacks.accepted).isEmpty();
    }

    @Test
    void missingSignatureIs401() {
        Exchange answer = post("{\"order_id\":\"INV-8\",\"transaction_status\":\"settlement\",\"status_code\":\"200\","
                + "\"gross_amount\":\"10000.00\"}");

        assertThat(code(answer)).isEqualTo(401);
        assertThat(callbacks.accepted).isEmpty();
        assertThat(callbacks.rejected).containsExactly("INV-8: no signature_key");
    }

    @Test
    void bodyThatIsNotJsonIs401() {
        Exchange answer = post("order_id=INV-9&transaction_status=settlement");

        assertThat(code(answer)).isEqualTo(401);
        assertThat(callbacks.rejected).containsExactly("null: body is not JSON");
    }

    @Test
    void failureToStoreIs500SoMidtransRetries() {
        callbacks.failWith = new IllegalStateException("connection to the database lost");

        Exchange answer = post(signed("INV-2026-11-000045-1", "settlement", "200", "150000.00"));

        assertThat(code(answer)).isEqualTo(500);
        assertThat(answer.getException()).isNull();
        assertThat(answer.getMessage().getBody(String.class)).doesNotContain("database");
    }

    @Test
    void captureIsPaidOnlyWithFraudStatusAccept() {
        String challenged = signed("INV-10", "capture", "200", "10000.00").replace("\"fraud_status\":\"accept\"",
                "\"fraud_status\":\"challenge\"");
        assertThat(code(post(challenged))).isEqualTo(200);
        String accepted = signed("INV-11", "capture", "200", "10000.00");
        assertThat(code(post(accepted))).isEqualTo(200);

        assertThat(callbacks.accepted).extracting(GatewayNotification::status)
                .containsExactly(GatewayStatus.PENDING, GatewayStatus.PAID);
    }

    /** The payment core as the route sees it: records what it is given, answers or fails as told. */
    static final class RecordingCallbacks implements PaymentCallbacks {
        final List<GatewayNotification> accepted = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();
        final List<String> actors = new ArrayList<>();
        CallbackOutcome outcome = CallbackOutcome.APPLIED;
        RuntimeException failWith;

        @Override
        public CallbackOutcome accept(GatewayNotification notification) {
            actors.add(SecurityContextHolder.getContext().getAuthentication().getName());
            if (failWith != null) {
                throw failWith;
            }
            accepted.add(notification);
            return outcome;
        }

        @Override
        public void rejected(PaymentMethod gateway, String orderId, String remoteAddress, String why) {
            rejected.add(orderId + ": " + why);
        }
    }
}
