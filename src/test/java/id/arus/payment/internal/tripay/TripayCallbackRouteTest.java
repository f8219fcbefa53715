package id.arus.payment.internal.tripay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.payment.CallbackOutcome;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.PaymentCallbacks;
import id.arus.payment.PaymentMethod;
import id.arus.shared.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * Route {@code tripay-receive-callback} as the analysts' file declares it, with its platform-http entry replaced
 * by a direct endpoint (AdviceWith by route id): the answers Tripay gets for each kind of callback.
 */
class TripayCallbackRouteTest {

    private static final String PRIVATE_KEY = TripaySignatureTest.PRIVATE_KEY;

    private final RecordingCallbacks callbacks = new RecordingCallbacks();
    private DefaultCamelContext camel;
    private ProducerTemplate producer;

    /** The payment core's side, recording what reaches it; {@code failWith} makes storing fail. */
    static final class RecordingCallbacks implements PaymentCallbacks {
        final List<GatewayNotification> accepted = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();
        CallbackOutcome outcome = CallbackOutcome.APPLIED;
        RuntimeException failWith;

        @Override
        public CallbackOutcome accept(GatewayNotification notification) {
            if (failWith != null) {
                throw failWith;
            }
            accepted.add(notification);
            return outcome;
        }

        @Override
        public void rejected(PaymentMethod gateway, String orderId, String remoteAddress, String why) {
            rejected.add(gateway + " " + orderId + ": " + why);
        }
    }

    @BeforeEach
    void startRoute() throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("arus.payment.tripay.private-key", PRIVATE_KEY);
        TripayCallbackReceiver receiver = new TripayCallbackReceiver(
                new StaticListableBeanFactory(Map.of("callbacks", callbacks)).getBeanProvider(PaymentCallbacks.class),
                environment, new ObjectMapper());
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("tripayCallbackReceiver", receiver);
        String yaml = Files.readString(Path.of("routes/tripay/tripay.camel.yaml"));
        for (var routes : PluginHelper.getRoutesLoader(camel).findRoutesBuilders(ResourceHelper.fromString("tripay.camel.yaml", yaml))) {
            camel.addRoutes(routes);
        }
        AdviceWith.adviceWith(camel, "tripay-receive-callback", route -> route.replaceFromWith("direct:tripay-callback"));
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stopRoute() {
        camel.stop();
    }

    private Exchange post(String body, String signature, String event) {
        return producer.request("direct:tripay-callback", exchange -> {
            exchange.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
            if (signature != null) {
                exchange.getMessage().setHeader("X-Callback-Signature", signature);
            }
            exchange.getMessage().setHeader("X-Callback-Event", event);
        });
    }

    private static String signed(String body) {
        return TripaySignatures.callback(PRIVATE_KEY, body.getBytes(StandardCharsets.UTF_8));
    }

    private static int status(Exchange answer) {
        return answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    }

    @Test
    void aSignedPaidCallbackReachesThePaymentCoreNetOfTheCustomerFeeAndIsAcknowledged() {
        String body = TripaySignatureTest.CALLBACK_BODY;
        Exchange answer = post(body, signed(body), "payment_status");

        assertThat(status(answer)).isEqualTo(200);
        assertThat(answer.getMessage().getBody(String.class)).isEqualTo("{\"success\":true}");
        assertThat(answer.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(callbacks.accepted).singleElement().satisfies(n -> {
            assertThat(n.gateway()).isEqualTo(PaymentMethod.TRIPAY);
            assertThat(n.orderId()).isEqualTo("INV-2026-11-000045-1");
            assertThat(n.reference()).isEqualTo("T0001000000000000006");
            assertThat(n.status()).isEqualTo(GatewayStatus.PAID);
            assertThat(n.rawStatus()).isEqualTo("PAID");
            assertThat(n.amount()).isEqualTo(Money.idr(111_500 - 4_250));
            assertThat(n.channel()).isEqualTo("BRIVA");
            assertThat(n.paidAt()).isEqualTo(Instant.ofEpochSecond(1_764_500_000L));
            assertThat(n.body()).isEqualTo(body);
        });
    }

    @Test
    void everyStoredOutcomeIsAcknowledgedSoTripayStopsResending() {
        for (CallbackOutcome outcome : CallbackOutcome.values()) {
            callbacks.outcome = outcome;
            String body = TripaySignatureTest.CALLBACK_BODY;
            Exchange answer = post(body, signed(body), "payment_status");
            assertThat(status(answer)).as(outcome.name()).isEqualTo(200);
            assertThat(answer.getMessage().getBody(String.class)).isEqualTo("{\"success\":true}");
        }
    }

    @Test
    void tripayStatusesMapToArusStatuses() {
        Map<String, GatewayStatus> expected = Map.of("PAID", GatewayStatus.PAID, "EXPIRED", GatewayStatus.EXPIRED,
                "FAILED", GatewayStatus.FAILED, "REFUND", GatewayStatus.REFUNDED);
        expected.forEach((tripay, arus) -> {
            String body = TripaySignatureTest.CALLBACK_BODY.replace("\"status\":\"PAID\"", "\"status\":\"" + tripay + "\"");
            assertThat(status(post(body, signed(body), "payment_status"))).isEqualTo(200);
            assertThat(callbacks.accepted.get(callbacks.accepted.size() - 1).status()).as(tripay).isEqualTo(arus);
        });
    }

    @Test
    void aBadSignatureIsRefusedWith403AndRecordedAsRejectedNothingAccepted() {
        String body = TripaySignatureTest.CALLBACK_BODY;
        String forged = TripaySignatures.callback("not-the-merchant-key", body.getBytes(StandardCharsets.UTF_8));

        Exchange answer = post(body, forged, "payment_status");

        assertThat(status(answer)).isEqualTo(403);
        assertThat(answer.getMessage().getBody(String.class)).isEqualTo("{\"success\":false,\"message\":\"Invalid signature\"}");
        assertThat(callbacks.accepted).isEmpty();
        assertThat(callbacks.rejected).containsExactly("TRIPAY INV-2026-11-000045-1: signature does not match the body");
    }

    @Test
    void aMissingSignatureIsRefusedToo() {
        Exchange answer = post(TripaySignatureTest.CALLBACK_BODY, null, "payment_status");

        assertThat(status(answer)).isEqualTo(403);
        assertThat(callbacks.rejected).containsExactly("TRIPAY INV-2026-11-000045-1: no X-Callback-Signature header");
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String body = TripaySignatureTest.CALLBACK_BODY;
        String tampered = body.replace("111500", "911500");

        assertThat(status(post(tampered, signed(body), "payment_status"))).isEqualTo(403);
        assertThat(callbacks.accepted).isEmpty();
    }

    @Test
    void aSignedCallbackOfAnotherEventIsNotStored() {
        String body = TripaySignatureTest.CALLBACK_BODY;
        Exchange answer = post(body, signed(body), "payout_status");

        assertThat(status(answer)).isEqualTo(400);
        assertThat(answer.getMessage().getBody(String.class)).contains("\"success\":false");
        assertThat(callbacks.accepted).isEmpty();
    }

    @Test
    void whenStoringFailsTheAnswerIs500SoTripayResends() {
        callbacks.failWith = new IllegalStateException("database down");
        String body = TripaySignatureTest.CALLBACK_BODY;

        Exchange answer = post(body, signed(body), "payment_status");

        assertThat(status(answer)).isEqualTo(500);
        assertThat(answer.getMessage().getBody(String.class)).isEqualTo("{\"success\":false}");
    }

    @Test
    void anOpenPaymentWithoutMerchantRefIsKeptUnderItsTripayReference() {
        String body = TripaySignatureTest.CALLBACK_BODY.replace("\"merchant_ref\":\"INV-2026-11-000045-1\"", "\"merchant_ref\":null");

        assertThat(status(post(body, signed(body), "payment_status"))).isEqualTo(200);
        assertThat(callbacks.accepted).singleElement().extracting(GatewayNotification::orderId).isEqualTo("T0001000000000000006");
    }
}
