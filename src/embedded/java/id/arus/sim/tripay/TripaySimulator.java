package id.arus.sim.tripay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import id.arus.sim.SimHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A Tripay sandbox on 127.0.0.1: the merchant API under {@code /api-sandbox/} (payment channels, closed transaction
 * create and detail, with Tripay's Bearer API key, signature and per-channel limits), a checkout page where the demo
 * user decides whether the customer pays, lets the transaction expire or fails, and the callbacks: signed with
 * {@code X-Callback-Signature} over the exact bytes sent, delivered until the merchant answers
 * {@code {"success": true}}, resent at most 3 times (every 2 minutes at Tripay; {@code arus.sim.tripay.retry-interval}
 * here). Options send each callback twice or a late EXPIRED after a payment, as real gateways sometimes do.
 *
 * <p>Demo: port {@code arus.sim.tripay.port} (18931), merchant {@value #DEMO_MERCHANT_CODE}, API key
 * {@value #DEMO_API_KEY}, private key {@value #DEMO_PRIVATE_KEY}. Tests: a free port; the base URL is published as
 * property {@code arus.sim.tripay.base-url}.
 */
@Component
@Profile({"demo", "test"})
public class TripaySimulator implements DisposableBean {

    public static final String DEMO_MERCHANT_CODE = "T0001";
    public static final String DEMO_API_KEY = "DEV-arusDemoTripayApiKey0000000000000000";
    public static final String DEMO_PRIVATE_KEY = "arusD-emoTr-ipayP-rivat-eKey0";
    /** Tripay resends a callback that was not acknowledged at most this many times. */
    public static final int MAX_RESENDS = 3;

    private static final Logger log = LoggerFactory.getLogger(TripaySimulator.class);
    private static final String API = "/api-sandbox/";

    /** What the demo user (or a test) makes of a transaction. */
    public enum Outcome { PAID, EXPIRED, FAILED, REFUND }

    /** One attempt to deliver a callback: the merchant's HTTP status (0: unreachable) and whether it acknowledged. */
    public record Delivery(String reference, String merchantRef, String status, int attempt, int httpStatus,
                           boolean acknowledged, String body, String signature) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, SimulatedTransaction> transactions = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ScheduledExecutorService callbacks = Executors.newSingleThreadScheduledExecutor(SimHttpServer.daemon("tripay-simulator-callbacks"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String merchantCode;
    private final String apiKey;
    private final String privateKey;
    private final String defaultCallbackUrl;
    private final Duration retryInterval;
    private volatile List<SimulatedChannel> channels = SimulatedChannel.DEFAULT;
    private volatile boolean duplicateCallbacks;
    private volatile boolean lateExpiryAfterPayment;
    private SimHttpServer server;
    private String baseUrl;

    public TripaySimulator(ConfigurableEnvironment environment) throws IOException {
        boolean test = environment.acceptsProfiles(Profiles.of("test"));
        merchantCode = environment.getProperty("arus.sim.tripay.merchant-code", DEMO_MERCHANT_CODE);
        apiKey = environment.getProperty("arus.sim.tripay.api-key", DEMO_API_KEY);
        privateKey = environment.getProperty("arus.sim.tripay.private-key", DEMO_PRIVATE_KEY);
        defaultCallbackUrl = environment.getProperty("arus.sim.tripay.default-callback-url");
        // Tripay resends every 2 minutes; the demo and the tests wait less
        retryInterval = DurationStyle.detectAndParse(environment.getProperty("arus.sim.tripay.retry-interval", test ? "300ms" : "20s"));
        duplicateCallbacks = environment.getProperty("arus.sim.tripay.duplicate-callbacks", Boolean.class, false);
        lateExpiryAfterPayment = environment.getProperty("arus.sim.tripay.late-expiry-after-payment", Boolean.class, false);
        int port = environment.getProperty("arus.sim.tripay.port", Integer.class, test ? 0 : 18931);
        try {
            start(port);
        } catch (BindException e) {
            // a second demo on this machine uses the first one's simulator
            log.warn("Tripay simulator not started: port {} is taken (another Arus demo on this machine?)", port);
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("tripaySimulator", Map.of("arus.sim.tripay.base-url", baseUrl)));
        callbacks.scheduleWithFixedDelay(this::expireOverdue, 1, 1, TimeUnit.SECONDS);
        log.info("Tripay simulator listening at {} (merchant {})", baseUrl, merchantCode);
    }

    private void start(int port) throws IOException {
        server = SimHttpServer.start("tripay-simulator-http", port, 4, Map.of(
                API + "merchant/payment-channel", exchange -> handle(exchange, this::listChannels),
                API + "transaction/create", exchange -> handle(exchange, this::createTransaction),
                API + "transaction/detail", exchange -> handle(exchange, this::transactionDetail),
                "/checkout/", this::checkoutPage));
        baseUrl = server.baseUrl() + API;
    }

    /** The merchant API's base URL, e.g. {@code http://127.0.0.1:18931/api-sandbox/}. */
    public String baseUrl() {
        return baseUrl;
    }

    public String merchantCode() {
        return merchantCode;
    }

    public String apiKey() {
        return apiKey;
    }

    public String privateKey() {
        return privateKey;
    }

    /** Sends every callback twice (Tripay's and other gateways' duplicates). */
    public void duplicateCallbacks(boolean on) {
        duplicateCallbacks = on;
    }

    /** After a payment, also sends an EXPIRED callback for the same transaction (a late, out-of-order status). */
    public void lateExpiryAfterPayment(boolean on) {
        lateExpiryAfterPayment = on;
    }

    /** Switches a channel on or off, as a merchant can in Tripay's panel. */
    public void channelActive(String code, boolean active) {
        channels = channels.stream().map(c -> c.code().equals(code) ? new SimulatedChannel(c.group(), c.code(), c.name(),
                c.type(), c.flatFee(), c.percentFee(), c.minimumAmount(), c.maximumAmount(), c.longestExpiry(), active) : c).toList();
    }

    /** Every delivery attempt so far, oldest first. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The latest transaction for a merchant ref (Arus's order id). */
    public Optional<String> referenceOf(String merchantRef) {
        return transactions.values().stream().filter(t -> t.merchantRef.equals(merchantRef))
                .max((a, b) -> a.reference.compareTo(b.reference)).map(t -> t.reference);
    }

    public Optional<String> statusOf(String reference) {
        return Optional.ofNullable(transactions.get(reference)).map(t -> t.status);
    }

    /**
     * What the customer does with the transaction of {@code merchantRef}, as on the checkout page: the status
     * changes and the callback goes out (on the callback thread; see {@link #deliveries()}).
     *
     * @throws IllegalStateException when the transaction is not in a state that allows it (e.g. paying an expired one)
     */
    public void pay(String merchantRef, Outcome outcome) {
        String reference = referenceOf(merchantRef).orElseThrow(() -> new IllegalArgumentException("No transaction for " + merchantRef));
        settle(transactions.get(reference), outcome);
    }

    private synchronized void settle(SimulatedTransaction transaction, Outcome outcome) {
        boolean allowed = outcome == Outcome.REFUND ? "PAID".equals(transaction.status) : "UNPAID".equals(transaction.status);
        if (!allowed) {
            throw new IllegalStateException("Transaction " + transaction.reference + " is " + transaction.status
                    + " and cannot become " + outcome);
        }
        transaction.status = outcome.name();
        if (outcome == Outcome.PAID) {
            transaction.paidAt = Instant.now();
        }
        log.info("Tripay simulator: {} ({}) is now {}", transaction.reference, transaction.merchantRef, outcome);
        sendCallback(transaction, transaction.status);
        if (duplicateCallbacks) {
            sendCallback(transaction, transaction.status);
        }
        if (outcome == Outcome.PAID && lateExpiryAfterPayment) {
            sendCallback(transaction, "EXPIRED");
        }
    }

    /** A transaction nobody paid before its expiry expires, and Tripay says so by callback. */
    private void expireOverdue() {
        Instant now = Instant.now();
        for (SimulatedTransaction transaction : transactions.values()) {
            if ("UNPAID".equals(transaction.status) && transaction.expiresAt.isBefore(now)) {
                try {
                    settle(transaction, Outcome.EXPIRED);
                } catch (IllegalStateException paidMeanwhile) {
                    // paid in the same moment: the payment stands
                }
            }
        }
    }

    // ---- callbacks

    private void sendCallback(SimulatedTransaction transaction, String status) {
        String url = transaction.callbackUrl != null ? transaction.callbackUrl : defaultCallbackUrl;
        if (url == null) {
            log.warn("Tripay simulator: no callback URL for {}", transaction.reference);
            return;
        }
        ObjectNode body = json.createObjectNode();
        body.put("reference", transaction.reference);
        body.put("merchant_ref", transaction.merchantRef);
        body.put("payment_method", transaction.channel.name());
        body.put("payment_method_code", transaction.channel.code());
        body.put("total_amount", transaction.totalAmount());
        body.put("fee_merchant", 0);
        body.put("fee_customer", transaction.customerFee);
        body.put("total_fee", transaction.customerFee);
        body.put("amount_received", transaction.amount);
        body.put("is_closed_payment", 1);
        body.put("status", status);
        if ("PAID".equals(status) || "REFUND".equals(status)) {
            body.put("paid_at", transaction.paidAt.getEpochSecond());
        } else {
            body.putNull("paid_at");
        }
        body.putNull("note");
        // Tripay's PHP writes "\/" for "/": the merchant must sign these exact bytes, not its own re-serialisation
        byte[] raw = body.toString().replace("/", "\\/").getBytes(StandardCharsets.UTF_8);
        callbacks.execute(() -> deliver(transaction, status, url, raw, 1));
    }

    private void deliver(SimulatedTransaction transaction, String status, String url, byte[] raw, int attempt) {
        String signature = callbackSignature(raw);
        int httpStatus = 0;
        boolean acknowledged = false;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .header("X-Callback-Event", "payment_status")
                    .header("X-Callback-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build(), HttpResponse.BodyHandlers.ofString());
            httpStatus = response.statusCode();
            acknowledged = acknowledges(response.body());
        } catch (IOException e) {
            log.info("Tripay simulator: callback to {} failed: {}", url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        deliveries.add(new Delivery(transaction.reference, transaction.merchantRef, status, attempt, httpStatus, acknowledged,
                new String(raw, StandardCharsets.UTF_8), signature));
        if (!acknowledged && attempt <= MAX_RESENDS) {
            log.info("Tripay simulator: callback {} {} not acknowledged (HTTP {}), resending in {}", transaction.reference,
                    status, httpStatus, retryInterval);
            callbacks.schedule(() -> deliver(transaction, status, url, raw, attempt + 1), retryInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Tripay counts only a JSON {@code success: true} as delivered; a bare 200 is a failure. */
    private boolean acknowledges(String body) {
        try {
            return json.readTree(body).path("success").asBoolean(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The {@code X-Callback-Signature} Tripay sends with a callback body of exactly these bytes; public so that a
     * benchmark can post many callbacks itself, signed as this simulator (and Tripay) would sign them.
     */
    public String callbackSignature(byte[] rawBody) {
        return hmacHex(rawBody);
    }

    private String hmacHex(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(privateKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- merchant API

    private record Reply(int status, JsonNode body) {
        static Reply ok(JsonNode data) {
            ObjectNode body = new ObjectMapper().createObjectNode();
            body.put("success", true);
            body.put("message", "Success");
            body.set("data", data);
            return new Reply(200, body);
        }

        static Reply error(int status, String message) {
            ObjectNode body = new ObjectMapper().createObjectNode();
            body.put("success", false);
            body.put("message", message);
            return new Reply(status, body);
        }
    }

    private interface Endpoint {
        Reply answer(HttpExchange exchange) throws IOException;
    }

    private void handle(HttpExchange exchange, Endpoint endpoint) throws IOException {
        Reply reply;
        try {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !constantTimeEquals(auth, "Bearer " + apiKey)) {
                reply = Reply.error(401, "Invalid API Key");
            } else {
                reply = endpoint.answer(exchange);
            }
        } catch (RuntimeException e) {
            log.warn("Tripay simulator: {} failed", exchange.getRequestURI(), e);
            reply = Reply.error(500, "Internal server error");
        }
        send(exchange, reply.status(), "application/json", reply.body().toString());
    }

    private Reply listChannels(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            return Reply.error(405, "Method not allowed");
        }
        ArrayNode data = json.createArrayNode();
        for (SimulatedChannel channel : channels) {
            ObjectNode item = data.addObject();
            item.put("group", channel.group());
            item.put("code", channel.code());
            item.put("name", channel.name());
            item.put("type", channel.type());
            fee(item.putObject("fee_merchant"), 0, java.math.BigDecimal.ZERO);
            fee(item.putObject("fee_customer"), channel.flatFee(), channel.percentFee());
            fee(item.putObject("total_fee"), channel.flatFee(), channel.percentFee());
            item.putNull("minimum_fee");
            item.putNull("maximum_fee");
            item.put("minimum_amount", channel.minimumAmount());
            item.put("maximum_amount", channel.maximumAmount());
            item.put("icon_url", "https://tripay.co.id/images/payment-channel/" + channel.code().toLowerCase(Locale.ROOT) + ".png");
            item.put("active", channel.active());
        }
        return Reply.ok(data);
    }

    private static void fee(ObjectNode fee, long flat, java.math.BigDecimal percent) {
        fee.put("flat", flat);
        fee.put("percent", percent);
    }

    private Reply createTransaction(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return Reply.error(405, "Method not allowed");
        }
        JsonNode request;
        try {
            request = json.readTree(exchange.getRequestBody().readAllBytes());
        } catch (IOException e) {
            return Reply.error(400, "Invalid JSON body");
        }
        String method = request.path("method").asText("");
        String merchantRef = request.path("merchant_ref").asText("");
        JsonNode amountNode = request.path("amount");
        if (!amountNode.isIntegralNumber() || amountNode.asLong() <= 0) {
            return Reply.error(400, "The amount field must be a positive integer");
        }
        long amount = amountNode.asLong();
        if (merchantRef.isBlank()) {
            return Reply.error(400, "The merchant ref field is required");
        }
        if (request.path("customer_name").asText("").isBlank()) {
            return Reply.error(400, "The customer name field is required");
        }
        if (request.path("customer_email").asText("").isBlank()) {
            return Reply.error(400, "The customer email field is required");
        }
        Optional<SimulatedChannel> found = channels.stream().filter(c -> c.code().equals(method)).findFirst();
        if (found.isEmpty()) {
            return Reply.error(400, "Invalid payment method: " + method);
        }
        SimulatedChannel channel = found.get();
        if (!channel.active()) {
            return Reply.error(400, "Payment channel " + method + " is not active");
        }
        if (amount < channel.minimumAmount() || amount > channel.maximumAmount()) {
            return Reply.error(400, "Amount for " + method + " must be between " + channel.minimumAmount() + " and "
                    + channel.maximumAmount());
        }
        long itemsTotal = 0;
        String itemName = null;
        for (JsonNode item : request.path("order_items")) {
            itemsTotal += item.path("price").asLong() * item.path("quantity").asLong();
            itemName = itemName == null ? item.path("name").asText() : itemName;
        }
        if (itemsTotal != amount) {
            return Reply.error(400, "Total price of order items (" + itemsTotal + ") does not match the amount (" + amount + ")");
        }
        String expected = hmacHex((merchantCode + merchantRef + amount).getBytes(StandardCharsets.UTF_8));
        if (!constantTimeEquals(request.path("signature").asText(""), expected)) {
            return Reply.error(400, "Invalid signature");
        }
        Instant now = Instant.now();
        Instant expiresAt = request.hasNonNull("expired_time") ? Instant.ofEpochSecond(request.path("expired_time").asLong())
                : now.plus(Duration.ofDays(1));
        if (!expiresAt.isAfter(now)) {
            return Reply.error(400, "Expired time must be in the future");
        }
        if (expiresAt.isAfter(now.plus(channel.longestExpiry()))) {
            expiresAt = now.plus(channel.longestExpiry());
        }
        long number = sequence.incrementAndGet();
        String reference = "DEV-" + merchantCode + String.format("%012d", number);
        String payCode = channel.group().equals("Virtual Account") ? String.format("8888%012d", number) : null;
        SimulatedTransaction transaction = new SimulatedTransaction(reference, merchantRef, channel, amount,
                request.path("customer_name").asText(), request.path("customer_email").asText(), itemName,
                request.path("callback_url").asText(null), request.path("return_url").asText(null), expiresAt, payCode);
        transactions.put(reference, transaction);
        log.info("Tripay simulator: transaction {} for {} ({} {}), checkout {}", reference, merchantRef, method, amount,
                checkoutUrl(reference));
        return Reply.ok(detail(transaction));
    }

    private Reply transactionDetail(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        String reference = null;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("reference=")) {
                reference = URLDecoder.decode(pair.substring("reference=".length()), StandardCharsets.UTF_8);
            }
        }
        SimulatedTransaction transaction = reference == null ? null : transactions.get(reference);
        if (transaction == null) {
            return Reply.error(404, "Transaction not found");
        }
        return Reply.ok(detail(transaction));
    }

    private ObjectNode detail(SimulatedTransaction transaction) {
        ObjectNode data = json.createObjectNode();
        data.put("reference", transaction.reference);
        data.put("merchant_ref", transaction.merchantRef);
        data.put("payment_selection_type", "static");
        data.put("payment_method", transaction.channel.code());
        data.put("payment_name", transaction.channel.name());
        data.put("customer_name", transaction.customerName);
        data.put("customer_email", transaction.customerEmail);
        data.put("callback_url", transaction.callbackUrl);
        data.put("return_url", transaction.returnUrl);
        data.put("amount", transaction.totalAmount());
        data.put("fee_merchant", 0);
        data.put("fee_customer", transaction.customerFee);
        data.put("total_fee", transaction.customerFee);
        data.put("amount_received", transaction.amount);
        data.put("pay_code", transaction.payCode);
        data.putNull("pay_url");
        data.put("checkout_url", checkoutUrl(transaction.reference));
        data.put("status", transaction.status);
        data.put("expired_time", transaction.expiresAt.getEpochSecond());
        if (transaction.paidAt != null) {
            data.put("paid_at", transaction.paidAt.getEpochSecond());
        } else {
            data.putNull("paid_at");
        }
        ObjectNode item = data.putArray("order_items").addObject();
        item.put("name", transaction.itemName);
        item.put("price", transaction.amount);
        item.put("quantity", 1);
        item.put("subtotal", transaction.amount);
        return data;
    }

    private String checkoutUrl(String reference) {
        return baseUrl.replace(API, "/checkout/") + reference;
    }

    // ---- the customer's checkout page

    private void checkoutPage(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String rest = path.substring("/checkout/".length());
        boolean choosing = "POST".equals(exchange.getRequestMethod());
        SimulatedTransaction transaction = transactions.get(rest);
        if (transaction == null) {
            send(exchange, 404, "text/html; charset=utf-8", page("Transaksi tidak ditemukan", "<p>Transaction not found.</p>"));
            return;
        }
        String notice = "";
        if (choosing) {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String choice = form.startsWith("outcome=") ? URLDecoder.decode(form.substring(8), StandardCharsets.UTF_8) : "";
            try {
                settle(transaction, Outcome.valueOf(choice));
                notice = "<p class=done>Status: <b>" + transaction.status + "</b>. Tripay sends the callback to the merchant now.</p>";
            } catch (IllegalArgumentException | IllegalStateException e) {
                notice = "<p class=err>" + HtmlUtils.htmlEscape(e.getMessage()) + "</p>";
            }
        }
        StringBuilder html = new StringBuilder(notice);
        html.append("<table>")
                .append(row("Tagihan / Invoice", transaction.itemName + " (" + transaction.merchantRef + ")"))
                .append(row("Pelanggan / Customer", transaction.customerName))
                .append(row("Metode / Channel", transaction.channel.name()))
                .append(transaction.payCode == null ? "" : row("Kode bayar / Pay code", transaction.payCode))
                .append(row("Jumlah / Amount", rupiah(transaction.amount)))
                .append(row("Biaya / Fee", rupiah(transaction.customerFee)))
                .append(row("Total", rupiah(transaction.totalAmount())))
                .append(row("Status", transaction.status))
                .append(row("Berlaku sampai / Expires", transaction.expiresAt.toString()))
                .append("</table>");
        if ("UNPAID".equals(transaction.status)) {
            html.append("<form method=post>")
                    .append("<button name=outcome value=PAID>Bayar / Pay</button> ")
                    .append("<button name=outcome value=EXPIRED>Kedaluwarsa / Expire</button> ")
                    .append("<button name=outcome value=FAILED>Gagal / Fail</button></form>");
        }
        if (transaction.returnUrl != null) {
            html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(transaction.returnUrl)).append("\">Kembali ke merchant / Back to the merchant</a></p>");
        }
        send(exchange, 200, "text/html; charset=utf-8", page("Tripay (simulator) " + transaction.reference, html.toString()));
    }

    private static String row(String label, String value) {
        return "<tr><th>" + label + "</th><td>" + HtmlUtils.htmlEscape(value == null ? "" : value) + "</td></tr>";
    }

    private static String rupiah(long amount) {
        return "Rp " + String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=id><head><meta charset=utf-8><meta name=viewport content=\"width=device-width\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title><style>body{font-family:sans-serif;max-width:32em;margin:1em auto;padding:0 1em}"
                + "th{text-align:left;padding-right:1em}button{font-size:1.1em;margin:.5em .2em}.done{color:#080}.err{color:#b00}</style>"
                + "</head><body><h1>" + HtmlUtils.htmlEscape(title) + "</h1>" + body + "</body></html>";
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy() {
        callbacks.shutdownNow();
        if (server != null) {
            server.close();
        }
    }
}
