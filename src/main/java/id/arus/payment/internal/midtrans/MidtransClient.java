package id.arus.payment.internal.midtrans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.PaymentChannel;
import id.arus.payment.PaymentMethod;
import id.arus.payment.internal.GatewayClient;
import id.arus.shared.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Arus's calls to Midtrans: Snap checkout, the status API and refunds. Each call goes through its route in
 * {@code routes/midtrans/} (which retries network failures only); this class builds the request from the
 * settings and turns Midtrans's answer into Arus's records or a {@link MidtransException} that says what to fix.
 */
@Component
class MidtransClient implements GatewayClient {

    static final String CREATE_ROUTE = "direct:midtrans-create-transaction";
    static final String STATUS_ROUTE = "direct:midtrans-get-status";
    static final String REFUND_ROUTE = "direct:midtrans-refund";
    /** The exchange property the routes read the full URL from (a property, so it is not sent as a header). */
    static final String URL_PROPERTY = "midtransUrl";

    private static final Logger log = LoggerFactory.getLogger(MidtransClient.class);
    /** Midtrans's rule for order_id: at most 50 characters, letters, digits and {@code - _ ~ .} only. */
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9._~-]{1,50}");
    private static final DateTimeFormatter EXPIRY_START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    private static final int ITEM_NAME_LIMIT = 50;

    private final ProducerTemplate routes;
    private final MidtransSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    @Autowired
    MidtransClient(ProducerTemplate routes, MidtransSettings settings, ObjectMapper json) {
        this(routes, settings, json, Clock.systemUTC());
    }

    MidtransClient(ProducerTemplate routes, MidtransSettings settings, ObjectMapper json, Clock clock) {
        this.routes = routes;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public PaymentMethod gateway() {
        return PaymentMethod.MIDTRANS;
    }

    @Override
    public Created create(CheckoutRequest request) {
        if (!ORDER_ID.matcher(request.orderId()).matches()) {
            throw new IllegalArgumentException("Midtrans order_id must be 1-50 letters, digits or - _ ~ . : " + request.orderId());
        }
        if (request.amount() == null || request.amount().rupiah() <= 0) {
            throw new IllegalArgumentException("Midtrans needs a positive amount, not " + request.amount());
        }
        Instant start = clock.instant();
        long minutes = expiryMinutes(start, request.expiresAt());
        ObjectNode body = snapRequest(request, start, minutes);

        Answer answer = call(CREATE_ROUTE, settings.snapUrl() + "/snap/v1/transactions", "POST", body.toString(), true);
        if (answer.code() != 201 && answer.code() != 200) {
            throw failure("the checkout of " + request.orderId(), answer);
        }
        String token = MidtransStatuses.text(answer.json(), "token");
        String redirectUrl = MidtransStatuses.text(answer.json(), "redirect_url");
        if (token == null || redirectUrl == null) {
            throw new MidtransException(MidtransException.Reason.UNAVAILABLE,
                    "Midtrans answered the checkout of " + request.orderId() + " without token or redirect_url", null);
        }
        log.info("Midtrans Snap transaction {} created for {} ({} minutes)", request.orderId(), request.amount(), minutes);
        // Snap's token is the gateway's handle until the first notification brings the transaction_id
        return new Created(token, redirectUrl, start.plus(Duration.ofMinutes(minutes)));
    }

    /** The checkout's own deadline when the payment core gives one, else the configured expiry. */
    private long expiryMinutes(Instant start, Instant expiresAt) {
        if (expiresAt == null) {
            return settings.expiryMinutes();
        }
        return Math.max(1, Duration.between(start, expiresAt).toMinutes());
    }

    private ObjectNode snapRequest(CheckoutRequest request, Instant start, long minutes) {
        long amount = request.amount().rupiah();
        ObjectNode body = json.createObjectNode();
        body.putObject("transaction_details").put("order_id", request.orderId()).put("gross_amount", amount);
        // one line for the invoice's balance, so the items always sum to gross_amount as Midtrans demands
        String description = request.description() == null || request.description().isBlank()
                ? request.invoiceNumber() : request.description();
        body.putArray("item_details").addObject()
                .put("id", request.invoiceNumber())
                .put("price", amount)
                .put("quantity", 1)
                .put("name", limit(description, ITEM_NAME_LIMIT));
        ObjectNode customer = body.putObject("customer_details");
        putIfPresent(customer, "first_name", limit(request.customerName(), 255));
        putIfPresent(customer, "email", request.customerEmail());
        putIfPresent(customer, "phone", request.customerPhone());
        ArrayNode enabled = body.putArray("enabled_payments");
        if (request.channel() != null && !request.channel().isBlank()) {
            enabled.add(request.channel());
        } else {
            settings.enabledPayments().forEach(enabled::add);
        }
        // a start time makes the expiry count from now, not from when the customer picks a method
        body.putObject("expiry")
                .put("start_time", EXPIRY_START.format(start.atZone(MidtransStatuses.MIDTRANS_ZONE)))
                .put("unit", "minute")
                .put("duration", minutes);
        return body;
    }

    @Override
    public GatewayNotification status(String orderId) {
        Answer answer = statusAnswer(orderId);
        if (answer.effectiveCode() == 404) {
            // Snap has no transaction until the customer picks a method: still waiting, not failed
            return new GatewayNotification(PaymentMethod.MIDTRANS, orderId, null, GatewayStatus.PENDING, "pending",
                    null, null, null, null);
        }
        return MidtransStatuses.read(answer.json(), null);
    }

    private Answer statusAnswer(String orderId) {
        Answer answer = call(STATUS_ROUTE, settings.apiUrl() + "/v2/" + orderId + "/status", "GET", null, false);
        int code = answer.effectiveCode();
        if (code != 200 && code != 201 && code != 202 && code != 404 && code != 407) {
            throw failure("the status of " + orderId, answer);
        }
        return answer;
    }

    @Override
    public void refund(String orderId, Money amount, String reason, String refundKey) {
        Answer status = statusAnswer(orderId);
        if (status.effectiveCode() == 404) {
            throw new MidtransException(MidtransException.Reason.BAD_REQUEST,
                    "Midtrans has no paid transaction " + orderId + " to refund", null);
        }
        String paymentType = MidtransStatuses.text(status.json(), "payment_type");
        if (!MidtransStatuses.refundable(paymentType)) {
            throw new UnsupportedOperationException("Midtrans cannot refund a " + MidtransStatuses.channel(status.json())
                    + " payment by API (only cards, e-wallets and QRIS): refund " + orderId
                    + " by bank transfer and record it in Arus");
        }
        ObjectNode body = json.createObjectNode()
                .put("refund_key", refundKey)
                .put("amount", amount.rupiah())
                .put("reason", limit(reason, 255));
        Answer answer = call(REFUND_ROUTE, settings.apiUrl() + "/v2/" + orderId + "/refund", "POST", body.toString(), false);
        if (answer.effectiveCode() != 200 && answer.effectiveCode() != 201) {
            throw failure("the refund of " + orderId, answer);
        }
        log.info("Midtrans refunded {} of {} (refund key {})", amount, orderId, refundKey);
    }

    @Override
    public List<PaymentChannel> channels() {
        return settings.enabledPayments().stream()
                .map(code -> new PaymentChannel(code, channelName(code), channelGroup(code), Money.ZERO, BigDecimal.ZERO,
                        null, null, true))
                .toList();
    }

    private static String channelName(String code) {
        return switch (code) {
            case "echannel" -> "Mandiri Bill";
            case "other_qris", "qris" -> "QRIS";
            case "gopay" -> "GoPay";
            case "shopeepay" -> "ShopeePay";
            case "credit_card" -> "Kartu kredit/debit";
            default -> code.endsWith("_va")
                    ? code.substring(0, code.length() - 3).toUpperCase(Locale.ROOT) + " Virtual Account"
                    : code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
        };
    }

    private static String channelGroup(String code) {
        if (code.endsWith("_va") || code.equals("echannel") || code.equals("bank_transfer")) {
            return "Virtual Account";
        }
        return switch (code) {
            case "gopay", "shopeepay", "dana", "ovo" -> "E-Wallet";
            case "other_qris", "qris" -> "QRIS";
            case "indomaret", "alfamart", "store" -> "Retail";
            default -> "Other";
        };
    }

    /** Midtrans's answer: HTTP status, the JSON (empty object when there was none) and its own status_code. */
    record Answer(int code, JsonNode json) {
        /** The Core API repeats (or replaces) the HTTP status in the body's status_code; that one wins. */
        int effectiveCode() {
            String statusCode = MidtransStatuses.text(json, "status_code");
            if (statusCode != null && statusCode.matches("\\d{3}")) {
                return Integer.parseInt(statusCode);
            }
            return code;
        }
    }

    private Answer call(String route, String url, String method, String body, boolean notify) {
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((settings.serverKey() + ":").getBytes(StandardCharsets.UTF_8));
        String notificationUrl = notify ? settings.notificationUrl() : "";
        Exchange result = routes.send(route, exchange -> {
            exchange.setProperty(URL_PROPERTY, url);
            var message = exchange.getIn();
            message.setHeader(Exchange.HTTP_METHOD, method);
            message.setHeader("Authorization", authorization);
            message.setHeader("Accept", "application/json");
            message.setHeader(Exchange.CONTENT_TYPE, "application/json");
            if (!notificationUrl.isEmpty()) {
                message.setHeader("X-Override-Notification", notificationUrl);
            }
            message.setBody(body);
        });
        if (result.getException() != null) {
            throw new MidtransException(MidtransException.Reason.UNAVAILABLE,
                    "Midtrans is not reachable at " + url + ": " + result.getException().getMessage(), result.getException());
        }
        Integer code = result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        String text = result.getMessage().getBody(String.class);
        return new Answer(code == null ? 0 : code, parse(text));
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            // a proxy's HTML error page, say: the status code still tells what happened
            return json.createObjectNode();
        }
    }

    private static MidtransException failure(String what, Answer answer) {
        int code = answer.effectiveCode();
        String said = words(answer.json());
        if (code == 401) {
            return new MidtransException(MidtransException.Reason.BAD_KEY, "Midtrans refused the server key on "
                    + what + " (401): check arus.payment.midtrans.server-key and that the key and the URLs are both "
                    + "sandbox or both production" + said, null);
        }
        if (code == 406) {
            return new MidtransException(MidtransException.Reason.ORDER_ID_USED,
                    "Midtrans has used this order id before (406) on " + what + said, null);
        }
        if (code >= 400 && code < 500) {
            return new MidtransException(MidtransException.Reason.BAD_REQUEST,
                    "Midtrans rejected " + what + " (" + code + ")" + said, null);
        }
        return new MidtransException(MidtransException.Reason.UNAVAILABLE,
                "Midtrans could not handle " + what + " now (" + code + "), try again later" + said, null);
    }

    /** Midtrans's own explanation: Snap's error_messages or the Core API's status_message. */
    private static String words(JsonNode json) {
        JsonNode errors = json.path("error_messages");
        if (errors.isArray() && !errors.isEmpty()) {
            StringBuilder text = new StringBuilder(": ");
            errors.forEach(e -> text.append(text.length() > 2 ? "; " : "").append(e.asText()));
            return text.toString();
        }
        String message = MidtransStatuses.text(json, "status_message");
        return message == null ? "" : ": " + message;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.trim());
        }
    }

    private static String limit(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
