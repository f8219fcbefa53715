package id.arus.payment.internal.midtrans;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.arus.payment.CallbackOutcome;
import id.arus.payment.GatewayNotification;
import id.arus.payment.PaymentCallbacks;
import id.arus.payment.PaymentMethod;
import id.arus.shared.SystemIdentity;
import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Midtrans's HTTP notifications, handed over by the route {@code midtrans-receive-notification}. A notification
 * counts only if its signature verifies with Arus's server key; then it goes to the payment core, which stores
 * it (raw, keyed by order and status) and acts on it before the route answers 200. A bad signature ends in
 * {@link MidtransSignatureRejected} (401); anything else that fails reaches the route as an error (500), so
 * Midtrans sends the notification again.
 */
@Component("midtransNotifications")
class MidtransNotifications {

    static final String JOB = "midtrans-notification";
    private static final Logger log = LoggerFactory.getLogger(MidtransNotifications.class);

    private final PaymentCallbacks callbacks;
    private final MidtransSettings settings;
    /** Keeps numbers as written ({@code 100000.00} stays so), in case a field arrives as a JSON number. */
    private final ObjectMapper lenient;

    MidtransNotifications(PaymentCallbacks callbacks, MidtransSettings settings, ObjectMapper json) {
        this.callbacks = callbacks;
        this.settings = settings;
        this.lenient = json.copy()
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Verifies, hands over and answers the outcome's name; throws so the route answers 401 or 500. */
    public String receive(Exchange exchange) {
        String body = exchange.getIn().getBody(String.class);
        String remoteAddress = remoteAddress(exchange);
        JsonNode json = parse(body, remoteAddress);
        String orderId = MidtransStatuses.text(json, "order_id");
        String signature = MidtransStatuses.text(json, "signature_key");
        if (signature == null || signature.isBlank()) {
            throw reject(orderId, remoteAddress, "no signature_key");
        }
        // without a key nothing can be verified: an error (500), so Midtrans retries once Arus is configured
        String serverKey = settings.serverKey();
        if (!MidtransSignature.verify(orderId, MidtransStatuses.text(json, "status_code"),
                MidtransStatuses.text(json, "gross_amount"), signature, serverKey)) {
            throw reject(orderId, remoteAddress, "signature_key does not match");
        }
        GatewayNotification notification = MidtransStatuses.read(json, body);
        CallbackOutcome outcome = SystemIdentity.call(JOB, () -> callbacks.accept(notification));
        log.info("Midtrans notification {} {} ({}): {}", orderId, notification.rawStatus(), notification.status(), outcome);
        return outcome.name();
    }

    private JsonNode parse(String body, String remoteAddress) {
        if (body == null || body.isBlank()) {
            throw reject(null, remoteAddress, "empty body");
        }
        try {
            JsonNode json = lenient.readTree(body);
            if (json == null || !json.isObject()) {
                throw reject(null, remoteAddress, "body is not a JSON object");
            }
            return json;
        } catch (IOException e) {
            throw reject(null, remoteAddress, "body is not JSON");
        }
    }

    private MidtransSignatureRejected reject(String orderId, String remoteAddress, String why) {
        log.warn("Midtrans notification for {} from {} rejected: {}", orderId, remoteAddress, why);
        try {
            SystemIdentity.run(JOB, () -> callbacks.rejected(PaymentMethod.MIDTRANS, orderId, remoteAddress, why));
        } catch (RuntimeException e) {
            // the answer stays 401 either way: an unverified notification must not make Midtrans retry
            log.warn("Could not record the rejected Midtrans notification: {}", e.getMessage());
        }
        return new MidtransSignatureRejected(why);
    }

    private static String remoteAddress(Exchange exchange) {
        if (exchange.getIn() instanceof PlatformHttpMessage http && http.getRequest() != null) {
            return http.getRequest().getRemoteAddr();
        }
        return "unknown";
    }
}
