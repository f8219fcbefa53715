package id.arus.payment.internal.tripay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.PaymentChannel;
import id.arus.payment.PaymentMethod;
import id.arus.payment.internal.GatewayClient;
import id.arus.shared.Money;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tripay's closed-payment API: payment channels, transaction create and detail, each through its Camel route in
 * {@code routes/tripay/}. Tripay has no refund API, so a Tripay payment is refunded outside Arus.
 */
@Component
class TripayClient implements GatewayClient {

    private static final Logger log = LoggerFactory.getLogger(TripayClient.class);
    /** A GET that met a network error is tried this many times in all; Camunda or the caller owns longer retries. */
    private static final int READ_ATTEMPTS = 3;

    private final ProducerTemplate camel;
    private final Environment environment;
    private final ObjectMapper json;
    private final TripayCheckouts checkouts;
    private final Clock clock;
    private volatile CachedChannels cachedChannels;

    private record CachedChannels(List<PaymentChannel> channels, Instant fetchedAt) {
    }

    @Autowired
    TripayClient(ProducerTemplate camel, Environment environment, ObjectMapper json, TripayCheckouts checkouts) {
        this(camel, environment, json, checkouts, Clock.systemUTC());
    }

    TripayClient(ProducerTemplate camel, Environment environment, ObjectMapper json, TripayCheckouts checkouts, Clock clock) {
        this.camel = camel;
        this.environment = environment;
        this.json = json;
        this.checkouts = checkouts;
        this.clock = clock;
    }

    @Override
    public PaymentMethod gateway() {
        return PaymentMethod.TRIPAY;
    }

    @Override
    public List<PaymentChannel> channels() {
        TripaySettings settings = settings();
        CachedChannels cached = cachedChannels;
        Instant now = clock.instant();
        if (cached != null && cached.fetchedAt().plus(settings.channelCache()).isAfter(now)) {
            return cached.channels();
        }
        JsonNode data = call(settings, "tripay-list-channels", null, null, true);
        List<PaymentChannel> channels = new ArrayList<>();
        for (JsonNode channel : data) {
            channels.add(channel(channel));
        }
        List<PaymentChannel> fresh = List.copyOf(channels);
        cachedChannels = new CachedChannels(fresh, now);
        return fresh;
    }

    static PaymentChannel channel(JsonNode channel) {
        JsonNode customerFee = channel.path("fee_customer");
        return new PaymentChannel(
                channel.path("code").asText(),
                channel.path("name").asText(),
                channel.path("group").asText(),
                Money.idr(customerFee.path("flat").asLong()),
                decimal(customerFee.path("percent")),
                Money.idr(channel.path("minimum_amount").asLong()),
                Money.idr(channel.path("maximum_amount").asLong()),
                channel.path("active").asBoolean(false));
    }

    /** Tripay writes fee percentages as numbers ({@code 0.7}) or, for some channels, as strings ({@code "0.70"}). */
    private static BigDecimal decimal(JsonNode node) {
        String text = node.asText("").trim();
        return text.isEmpty() || node.isNull() ? BigDecimal.ZERO : new BigDecimal(text);
    }

    @Override
    public Created create(CheckoutRequest request) {
        if (request.channel() == null || request.channel().isBlank()) {
            throw new IllegalArgumentException("A Tripay checkout needs a payment channel (e.g. BRIVA, QRIS)");
        }
        TripaySettings settings = settings();
        long amount = request.amount().rupiah();
        Instant expiresAt = request.expiresAt() != null ? request.expiresAt()
                : clock.instant().plus(Duration.ofMinutes(settings.expiryMinutes()));

        ObjectNode body = json.createObjectNode();
        body.put("method", request.channel());
        body.put("merchant_ref", request.orderId());
        body.put("amount", amount);
        body.put("customer_name", request.customerName());
        body.put("customer_email", request.customerEmail());
        if (request.customerPhone() != null && !request.customerPhone().isBlank()) {
            body.put("customer_phone", request.customerPhone());
        }
        // one line for the invoice's balance: Tripay checks that the items add up to the signed amount
        ObjectNode item = body.putArray("order_items").addObject();
        item.put("sku", request.invoiceNumber());
        item.put("name", request.description() == null || request.description().isBlank()
                ? request.invoiceNumber() : request.description());
        item.put("price", amount);
        item.put("quantity", 1);
        if (settings.callbackUrl() != null && !settings.callbackUrl().isBlank()) {
            body.put("callback_url", settings.callbackUrl());
        }
        if (settings.returnUrl() != null && !settings.returnUrl().isBlank()) {
            body.put("return_url", settings.returnUrl());
        }
        body.put("expired_time", expiresAt.getEpochSecond());
        body.put("signature", TripaySignatures.transaction(settings.privateKey(), settings.merchantCode(), request.orderId(), amount));

        JsonNode data = call(settings, "tripay-create-transaction", null, body.toString(), false);
        long expiredTime = data.path("expired_time").asLong(expiresAt.getEpochSecond());
        log.info("Tripay transaction {} created for {} ({}, {})", data.path("reference").asText(), request.orderId(),
                request.channel(), request.amount());
        return new Created(data.path("reference").asText(), data.path("checkout_url").asText(null),
                Instant.ofEpochSecond(expiredTime));
    }

    @Override
    public GatewayNotification status(String orderId) {
        String reference = checkouts.referenceOf(orderId)
                .orElseThrow(() -> new IllegalArgumentException("No Tripay transaction is known for order " + orderId));
        JsonNode data = call(settings(), "tripay-get-transaction",
                "reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8), null, true);
        String rawStatus = data.path("status").asText();
        long paidAt = data.path("paid_at").asLong(0);
        // what pays the invoice: the customer's total less the fee the customer paid on top
        long amount = data.path("amount").asLong() - data.path("fee_customer").asLong();
        return new GatewayNotification(PaymentMethod.TRIPAY,
                data.path("merchant_ref").asText(orderId), reference, statusOf(rawStatus), rawStatus, Money.idr(amount),
                data.path("payment_method").asText(null), paidAt > 0 ? Instant.ofEpochSecond(paidAt) : null, null);
    }

    /** Tripay's statuses in Arus's words; UNPAID is the state of every new transaction. */
    static GatewayStatus statusOf(String rawStatus) {
        return switch (rawStatus == null ? "" : rawStatus) {
            case "PAID" -> GatewayStatus.PAID;
            case "EXPIRED" -> GatewayStatus.EXPIRED;
            case "FAILED" -> GatewayStatus.FAILED;
            case "REFUND" -> GatewayStatus.REFUNDED;
            case "UNPAID" -> GatewayStatus.PENDING;
            default -> throw new IllegalArgumentException("Unknown Tripay status '" + rawStatus + "'");
        };
    }

    @Override
    public void refund(String orderId, Money amount, String reason, String refundKey) {
        throw new UnsupportedOperationException("Tripay has no refund API: refund the customer outside Arus and record it there");
    }

    private TripaySettings settings() {
        TripaySettings settings = TripaySettings.from(environment);
        if (!settings.configured()) {
            throw new TripayException(0, "Tripay is not configured: set arus.payment.tripay.api-key, private-key and merchant-code");
        }
        return settings;
    }

    /** Sends through the route and returns Tripay's {@code data}; a refusal becomes a TripayException with Tripay's message. */
    private JsonNode call(TripaySettings settings, String routeId, String query, String body, boolean retryOnNetworkError) {
        Exchange answer = null;
        for (int attempt = 1; attempt <= (retryOnNetworkError ? READ_ATTEMPTS : 1); attempt++) {
            answer = camel.request("direct:" + routeId, exchange -> {
                exchange.setProperty("tripayBaseUrl", settings.baseUrl());
                exchange.getMessage().setHeaders(Map.of("Authorization", "Bearer " + settings.apiKey()));
                if (query != null) {
                    exchange.getMessage().setHeader(Exchange.HTTP_QUERY, query);
                }
                exchange.getMessage().setBody(body);
            });
            if (answer.getException() == null) {
                break;
            }
            log.warn("Tripay {} failed (attempt {}): {}", routeId, attempt, answer.getException().toString());
        }
        if (answer.getException() != null) {
            throw new TripayException("Tripay could not be reached: " + answer.getException().getMessage(), answer.getException());
        }
        int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String text = answer.getMessage().getBody(String.class);
        JsonNode reply;
        try {
            reply = text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new TripayException(status, "Tripay answered HTTP " + status + " with something other than JSON");
        }
        if (status / 100 != 2 || !reply.path("success").asBoolean(false)) {
            String message = reply.path("message").asText("HTTP " + status);
            throw new TripayException(status, "Tripay refused: " + message);
        }
        return reply.path("data");
    }
}
