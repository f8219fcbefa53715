package id.arus.payment.internal.tripay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.payment.CallbackOutcome;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.PaymentCallbacks;
import id.arus.payment.PaymentMethod;
import id.arus.shared.Money;
import id.arus.shared.SystemIdentity;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tripay's callbacks, from route {@code tripay-receive-callback}. Only a callback whose
 * {@code X-Callback-Signature} matches the HMAC of its raw body reaches the payment core; Tripay counts
 * nothing but {@code {"success": true}} as delivered and resends at most three times, so that answer is
 * given only once the callback is stored, and a failure to store it answers 500 to get a resend.
 */
@Component("tripayCallbackReceiver")
class TripayCallbackReceiver {

    private static final Logger log = LoggerFactory.getLogger(TripayCallbackReceiver.class);
    static final String SIGNATURE_HEADER = "X-Callback-Signature";
    static final String EVENT_HEADER = "X-Callback-Event";
    static final String PAYMENT_STATUS_EVENT = "payment_status";

    // looked up per callback: the payment core is another part's bean, and without it a callback is
    // answered 500 (Tripay resends) rather than Arus failing to start
    private final ObjectProvider<PaymentCallbacks> callbacks;
    private final Environment environment;
    private final ObjectMapper json;

    /** The HTTP answer to Tripay. */
    record Answer(int status, String body) {
        static Answer stored() {
            return new Answer(200, "{\"success\":true}");
        }

        static Answer refused(int status, String message) {
            // quoted as JSON: a parser's message may hold quotes, backslashes or line breaks
            return new Answer(status, "{\"success\":false,\"message\":\""
                    + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}");
        }
    }

    TripayCallbackReceiver(ObjectProvider<PaymentCallbacks> callbacks, Environment environment, ObjectMapper json) {
        this.callbacks = callbacks;
        this.environment = environment;
        this.json = json;
    }

    /** The route's step: reads the raw body and headers, writes the answer. */
    public void receive(Exchange exchange) {
        Message message = exchange.getMessage();
        byte[] body = message.getBody(byte[].class);
        Answer answer = answer(body == null ? new byte[0] : body, message.getHeader(SIGNATURE_HEADER, String.class),
                message.getHeader(EVENT_HEADER, String.class), remoteAddress(message));
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, answer.status());
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(answer.body());
    }

    Answer answer(byte[] rawBody, String signature, String event, String remoteAddress) {
        String privateKey = TripaySettings.privateKey(environment);
        if (!TripaySignatures.callbackVerifies(privateKey, rawBody, signature)) {
            String why = signature == null || signature.isBlank() ? "no X-Callback-Signature header"
                    : privateKey.isEmpty() ? "arus.payment.tripay.private-key is not set" : "signature does not match the body";
            String orderId = merchantRefForTheRecord(rawBody);
            log.warn("Tripay callback from {} for {} refused: {}", remoteAddress, orderId, why);
            try {
                SystemIdentity.run("tripay-callback", () -> callbacks.getObject().rejected(PaymentMethod.TRIPAY, orderId, remoteAddress, why));
            } catch (RuntimeException e) {
                // the refusal stands even if it could not be recorded; the log line above keeps the trace
                log.error("Refused Tripay callback could not be recorded: {}", e.toString());
            }
            return Answer.refused(403, "Invalid signature");
        }
        if (!PAYMENT_STATUS_EVENT.equals(event)) {
            // signed by Tripay but not an event Arus knows: refused without storing, and visible in the log
            log.warn("Tripay callback with unknown event '{}' ignored", event);
            return Answer.refused(400, "Unrecognised callback event");
        }
        GatewayNotification notification;
        try {
            notification = notification(json.readTree(rawBody), new String(rawBody, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Tripay callback could not be read: {}", e.getMessage());
            return Answer.refused(400, "Unreadable callback: " + e.getMessage());
        }
        try {
            CallbackOutcome outcome = SystemIdentity.call("tripay-callback", () -> callbacks.getObject().accept(notification));
            log.info("Tripay callback {} {} for {}: {}", notification.reference(), notification.rawStatus(),
                    notification.orderId(), outcome);
            return Answer.stored();
        } catch (RuntimeException e) {
            log.error("Tripay callback for {} ({}) could not be stored; Tripay will resend it", notification.orderId(),
                    notification.rawStatus(), e);
            return new Answer(500, "{\"success\":false}");
        }
    }

    /**
     * The callback's fields in Arus's words. The amount that pays the invoice is {@code total_amount} less
     * {@code fee_customer}: the customer paid the channel's fee on top. An open payment has no merchant ref;
     * its Tripay reference stands in, so it is kept as an unknown order for FINANCE rather than lost.
     */
    static GatewayNotification notification(JsonNode callback, String rawBody) {
        String reference = callback.path("reference").asText(null);
        JsonNode merchantRef = callback.path("merchant_ref");
        String orderId = merchantRef.isTextual() && !merchantRef.asText().isBlank() ? merchantRef.asText() : reference;
        if (orderId == null || !callback.path("total_amount").canConvertToLong()) {
            throw new IllegalArgumentException("reference/merchant_ref or total_amount missing");
        }
        String rawStatus = callback.path("status").asText();
        GatewayStatus status = TripayClient.statusOf(rawStatus);
        long amount = callback.path("total_amount").asLong() - callback.path("fee_customer").asLong(0);
        long paidAt = callback.path("paid_at").asLong(0);
        String channel = callback.path("payment_method_code").asText(callback.path("payment_method").asText(null));
        return new GatewayNotification(PaymentMethod.TRIPAY, orderId, reference, status, rawStatus, Money.idr(amount),
                channel, paidAt > 0 ? Instant.ofEpochSecond(paidAt) : null, rawBody);
    }

    /** The merchant ref of a body that did not verify, only to say in the record what it claimed to be about. */
    private String merchantRefForTheRecord(byte[] rawBody) {
        try {
            String ref = json.readTree(rawBody).path("merchant_ref").asText(null);
            return ref == null ? null : ref.substring(0, Math.min(ref.length(), 100));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String remoteAddress(Message message) {
        HttpServletRequest request = message.getHeader(Exchange.HTTP_SERVLET_REQUEST, HttpServletRequest.class);
        return request != null ? request.getRemoteAddr() : "unknown";
    }
}
