package id.arus.sim.midtrans;

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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A Midtrans for the demo and the tests, speaking Midtrans's HTTP contract on 127.0.0.1: Snap checkout
 * ({@code POST /snap/v1/transactions}, Basic auth with the server key), the vtweb payment page where the
 * demo user chooses a channel and <b>paid, expired or failed</b>, signed HTTP notifications to the URL Arus
 * sent in {@code X-Override-Notification} (retried like Midtrans by the answer's status code, at Midtrans's
 * intervals of 2, 10, 30, 90 and 210 minutes times {@code arus.sim.midtrans.retry-scale}), and the Core API's
 * status, refund and expire. Options make it send a notification twice or a stale pending after the
 * settlement. Transactions live in memory.
 *
 * <p>Profile {@code demo}: port {@value #DEMO_PORT}, server key {@value #DEMO_SERVER_KEY}. Profile {@code test}:
 * a free port, published as the property {@code arus.sim.midtrans.url} for the test settings to point at.
 */
@Component
@Profile({"demo", "test"})
public class MidtransSimulator implements DisposableBean {

    public static final int DEMO_PORT = 18930;
    /** The demo's (and the tests') server key; Midtrans sandbox keys look like this. */
    public static final String DEMO_SERVER_KEY = "SB-Mid-server-ArusDemo0000000001";
    /** Midtrans's notification retry intervals (minutes), scaled by the retry scale. */
    static final long[] RETRY_MINUTES = {2, 10, 30, 90, 210};

    private static final Logger log = LoggerFactory.getLogger(MidtransSimulator.class);
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9._~-]{1,50}");
    private static final Set<String> CHANNELS = Set.of("credit_card", "bca_va", "bni_va", "bri_va", "permata_va",
            "cimb_va", "echannel", "other_va", "gopay", "shopeepay", "other_qris", "qris", "indomaret", "alfamart",
            "dana", "ovo", "akulaku", "kredivo");
    private static final Set<String> REFUNDABLE = Set.of("credit_card", "gopay", "shopeepay", "qris", "dana", "ovo",
            "akulaku", "kredivo");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter EXPIRY_START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    /** Behaviours a test or the demo switches on; each applies to the notifications sent after the change. */
    public static final class Options {
        /** Sends the final notification (settlement, expire, deny) twice. */
        public volatile boolean duplicateNotifications;
        /** Sends the pending notification after the final one, as Midtrans sometimes does. */
        public volatile boolean stalePendingAfterFinal;
        /** The Snap URL's address as the customer's browser sees it (the page links). */
        volatile String baseUrl;
    }

    /** One notification attempt and Arus's answer (0: no connection). */
    public record Delivery(String orderId, String transactionStatus, String url, int attempt, int responseCode) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, SimulatedTransaction> byOrderId = new ConcurrentHashMap<>();
    private final Map<String, SimulatedTransaction> byToken = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Options options = new Options();
    private final String serverKey;
    private final String defaultNotificationUrl;
    private final double retryScale;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(SimHttpServer.daemon("midtrans-sim-notify"));
    private SimHttpServer server;

    /** The Spring bean of the demo and test profiles. */
    @Autowired
    public MidtransSimulator(Environment environment) throws IOException {
        boolean test = environment.acceptsProfiles(Profiles.of("test"));
        this.serverKey = environment.getProperty("arus.sim.midtrans.server-key", DEMO_SERVER_KEY);
        this.defaultNotificationUrl = environment.getProperty("arus.sim.midtrans.notification-url", "");
        this.retryScale = environment.getProperty("arus.sim.midtrans.retry-scale", Double.class, test ? 0.001 : 0.01);
        int port = environment.getProperty("arus.sim.midtrans.port", Integer.class, test ? 0 : DEMO_PORT);
        try {
            start(port);
        } catch (BindException e) {
            log.warn("Midtrans simulator not started: port {} is taken (another Arus demo on this machine?)", port);
            return;
        }
        if (environment instanceof ConfigurableEnvironment configurable) {
            // the test settings name ${arus.sim.midtrans.url}; the port is only known now
            configurable.getPropertySources().addFirst(new MapPropertySource("midtrans-simulator",
                    Map.of("arus.sim.midtrans.url", url())));
        }
        log.info("Midtrans simulator listening on {} (server key {}...)", url(), serverKey.substring(0, 14));
    }

    /** A simulator without Spring, on a free port, for plain tests. */
    public MidtransSimulator(String serverKey, double retryScale) throws IOException {
        this.serverKey = serverKey;
        this.defaultNotificationUrl = "";
        this.retryScale = retryScale;
        start(0);
    }

    private void start(int port) throws IOException {
        server = SimHttpServer.start("midtrans-sim-http", port, 2, Map.of("/", exchange -> {
            try {
                route(exchange);
            } catch (RuntimeException e) {
                log.warn("Midtrans simulator failed on {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.toString());
                reply(exchange, 500, "{\"status_code\":\"500\",\"status_message\":\"Sorry, we encountered internal server error\"}");
            } finally {
                exchange.close();
            }
        }));
        options.baseUrl = server.baseUrl();
        scheduler.scheduleWithFixedDelay(this::expireOverdue, 1, 1, TimeUnit.SECONDS);
    }

    public boolean running() {
        return server != null;
    }

    /** {@code http://127.0.0.1:<port>}: both the Snap URL and the API URL. */
    public String url() {
        return options.baseUrl;
    }

    public String serverKey() {
        return serverKey;
    }

    public Options options() {
        return options;
    }

    /** Every notification attempt so far, oldest first. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public List<Delivery> deliveries(String orderId) {
        return deliveries.stream().filter(d -> d.orderId().equals(orderId)).toList();
    }

    /** The transaction's Midtrans status ({@code null} before a method was picked), if the order exists. */
    public Optional<String> status(String orderId) {
        return Optional.ofNullable(byOrderId.get(orderId)).map(t -> {
            synchronized (t) {
                return t.transactionStatus;
            }
        });
    }

    /** The Snap token of the order (what the vtweb page's URL ends with). */
    public Optional<String> token(String orderId) {
        return Optional.ofNullable(byOrderId.get(orderId)).map(t -> t.token);
    }

    /** What the payment page does: the customer picks {@code channel} and the outcome happens. */
    public void pay(String orderId, Outcome outcome, String channel) {
        SimulatedTransaction transaction = byOrderId.get(orderId);
        if (transaction == null) {
            throw new IllegalArgumentException("No Snap transaction " + orderId);
        }
        List<ObjectNode> notifications = new ArrayList<>();
        synchronized (transaction) {
            if (!transaction.open()) {
                throw new IllegalStateException("Transaction " + orderId + " is already " + transaction.transactionStatus);
            }
            String picked = channel == null ? transaction.enabledPayments.get(0) : channel;
            if (!transaction.enabledPayments.contains(picked)) {
                throw new IllegalArgumentException("Channel " + picked + " is not enabled for " + orderId);
            }
            boolean card = "credit_card".equals(picked);
            boolean wasCreated = transaction.transactionStatus == null;
            choose(transaction, picked);
            ObjectNode pending = null;
            if (!card && wasCreated) {
                transaction.transactionStatus = "pending";
                pending = notification(transaction);
            }
            switch (outcome) {
                case PAID -> {
                    transaction.transactionStatus = card ? "capture" : "settlement";
                    transaction.fraudStatus = "accept";
                    transaction.settlementTime = Instant.now();
                }
                case EXPIRED -> transaction.transactionStatus = "expire";
                case FAILED -> {
                    transaction.transactionStatus = "deny";
                    transaction.fraudStatus = card ? "deny" : "accept";
                }
            }
            ObjectNode finalOne = notification(transaction);
            if (pending != null && !options.stalePendingAfterFinal) {
                notifications.add(pending);
            }
            notifications.add(finalOne);
            if (options.duplicateNotifications) {
                notifications.add(finalOne.deepCopy());
            }
            if (pending != null && options.stalePendingAfterFinal) {
                notifications.add(pending);
            }
        }
        log.info("Midtrans simulator: {} {} via {}", orderId, outcome, transaction.channel);
        notifications.forEach(n -> send(transaction, n));
    }

    private static void choose(SimulatedTransaction transaction, String channel) {
        if (transaction.transactionId == null) {
            transaction.transactionId = UUID.randomUUID().toString();
            transaction.transactionTime = Instant.now();
        }
        transaction.channel = channel;
        transaction.paymentType = switch (channel) {
            case "bca_va", "bni_va", "bri_va", "permata_va", "cimb_va", "other_va" -> "bank_transfer";
            case "other_qris" -> "qris";
            case "indomaret", "alfamart" -> "cstore";
            default -> channel;
        };
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("POST") && path.equals("/snap/v1/transactions")) {
            createSnap(exchange);
        } else if (path.startsWith("/snap/v2/vtweb/")) {
            paymentPage(exchange, path.substring("/snap/v2/vtweb/".length()));
        } else if (method.equals("GET") && path.matches("/v2/[^/]+/status")) {
            statusApi(exchange, segment(path));
        } else if (method.equals("POST") && path.matches("/v2/[^/]+/refund")) {
            refundApi(exchange, segment(path));
        } else if (method.equals("POST") && path.matches("/v2/[^/]+/expire")) {
            expireApi(exchange, segment(path));
        } else {
            reply(exchange, 404, "{\"status_code\":\"404\",\"status_message\":\"The requested resource is not found\"}");
        }
    }

    private static String segment(String path) {
        return URLDecoder.decode(path.split("/")[2], StandardCharsets.UTF_8);
    }

    private boolean authorised(HttpExchange exchange, boolean snap) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((serverKey + ":").getBytes(StandardCharsets.UTF_8));
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        if (given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        reply(exchange, 401, snap
                ? "{\"error_messages\":[\"Access denied due to unauthorized transaction, please check client or server key\","
                        + "\"Visit https://snap-docs.midtrans.com/#request-headers for more details\"]}"
                : "{\"status_code\":\"401\",\"status_message\":\"Transaction cannot be authorized with the current client/server key.\"}");
        return false;
    }

    private void createSnap(HttpExchange exchange) throws IOException {
        if (!authorised(exchange, true)) {
            return;
        }
        JsonNode request;
        try {
            request = json.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            snapError(exchange, 400, "Request body is not valid JSON");
            return;
        }
        List<String> errors = new ArrayList<>();
        JsonNode details = request.path("transaction_details");
        String orderId = details.path("order_id").asText("");
        JsonNode gross = details.path("gross_amount");
        if (!ORDER_ID.matcher(orderId).matches()) {
            errors.add("transaction_details.order_id is required, at most 50 characters, letters, digits and - _ ~ . only");
        }
        if (!gross.isIntegralNumber() || gross.asLong() <= 0) {
            errors.add("transaction_details.gross_amount must be a whole positive number (IDR has no decimals)");
        }
        long itemsSum = 0;
        String itemName = orderId;
        String itemId = orderId;
        JsonNode items = request.path("item_details");
        if (items.isArray()) {
            for (JsonNode item : items) {
                if (!item.path("price").isIntegralNumber() || !item.path("quantity").isIntegralNumber()
                        || item.path("name").asText("").isBlank()) {
                    errors.add("item_details need an integer price and quantity and a name");
                    break;
                }
                if (item.path("name").asText().length() > 50) {
                    errors.add("item_details.name must be at most 50 characters");
                }
                itemsSum += item.path("price").asLong() * item.path("quantity").asLong();
            }
            if (!items.isEmpty()) {
                itemName = items.get(0).path("name").asText();
                itemId = items.get(0).path("id").asText(orderId);
                if (gross.isIntegralNumber() && itemsSum != gross.asLong()) {
                    errors.add("transaction_details.gross_amount is not equal to the sum of item_details");
                }
            }
        }
        String email = request.path("customer_details").path("email").asText("");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("customer_details.email format is invalid");
        }
        List<String> enabled = new ArrayList<>();
        request.path("enabled_payments").forEach(p -> enabled.add(p.asText()));
        for (String channel : enabled) {
            if (!CHANNELS.contains(channel)) {
                errors.add("enabled_payments contains an unknown payment type: " + channel);
            }
        }
        Instant expiresAt = expiry(request.path("expiry"), errors);
        if (!errors.isEmpty()) {
            snapError(exchange, 400, errors.toArray(String[]::new));
            return;
        }
        SimulatedTransaction previous = byOrderId.get(orderId);
        if (previous != null) {
            synchronized (previous) {
                if (!previous.reusable()) {
                    snapError(exchange, 406, "transaction_details.order_id has already been taken");
                    return;
                }
            }
        }
        List<String> urls = notificationUrls(exchange);
        String token = UUID.randomUUID().toString();
        SimulatedTransaction transaction = new SimulatedTransaction(orderId, token, gross.asLong(), itemName, itemId,
                enabled.isEmpty() ? List.of("bca_va", "gopay", "other_qris", "credit_card") : List.copyOf(enabled),
                urls, expiresAt);
        byOrderId.put(orderId, transaction);
        byToken.put(token, transaction);
        ObjectNode answer = json.createObjectNode().put("token", token)
                .put("redirect_url", url() + "/snap/v2/vtweb/" + token);
        reply(exchange, 201, answer.toString());
    }

    /** Snap's expiry: start_time (or now) plus duration in minutes, hours or days; one day by default. */
    private static Instant expiry(JsonNode expiry, List<String> errors) {
        if (expiry.isMissingNode() || expiry.isNull()) {
            return Instant.now().plus(1, ChronoUnit.DAYS);
        }
        Instant start = Instant.now();
        if (expiry.hasNonNull("start_time")) {
            try {
                start = ZonedDateTime.parse(expiry.get("start_time").asText(), EXPIRY_START).toInstant();
            } catch (DateTimeParseException e) {
                errors.add("expiry.start_time must look like 2020-04-13 18:11:08 +0700");
            }
        }
        long duration = expiry.path("duration").asLong(0);
        ChronoUnit unit = switch (expiry.path("unit").asText("")) {
            case "minute", "minutes" -> ChronoUnit.MINUTES;
            case "hour", "hours" -> ChronoUnit.HOURS;
            case "day", "days" -> ChronoUnit.DAYS;
            default -> null;
        };
        if (unit == null || duration <= 0) {
            errors.add("expiry needs a positive duration and a unit of minute, hour or day");
            return start;
        }
        return start.plus(duration, unit);
    }

    /** X-Override-Notification wins over the dashboard URL; X-Append-Notification adds to it; two at most. */
    private List<String> notificationUrls(HttpExchange exchange) {
        String override = exchange.getRequestHeaders().getFirst("X-Override-Notification");
        String append = exchange.getRequestHeaders().getFirst("X-Append-Notification");
        List<String> urls = new ArrayList<>();
        if (override != null && !override.isBlank()) {
            urls.addAll(split(override));
        } else {
            if (!defaultNotificationUrl.isBlank()) {
                urls.add(defaultNotificationUrl);
            }
            if (append != null) {
                urls.addAll(split(append));
            }
        }
        return urls.stream().limit(2).toList();
    }

    private static List<String> split(String urls) {
        return Arrays.stream(urls.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private void snapError(HttpExchange exchange, int code, String... messages) throws IOException {
        ObjectNode body = json.createObjectNode();
        ArrayNode list = body.putArray("error_messages");
        Arrays.stream(messages).forEach(list::add);
        reply(exchange, code, body.toString());
    }

    private void statusApi(HttpExchange exchange, String id) throws IOException {
        if (!authorised(exchange, false)) {
            return;
        }
        SimulatedTransaction transaction = find(id);
        if (transaction == null) {
            notFound(exchange);
            return;
        }
        synchronized (transaction) {
            if (transaction.transactionStatus == null) {
                // Snap: no transaction at Midtrans until the customer picks a method
                notFound(exchange);
                return;
            }
            ObjectNode body = notification(transaction);
            body.put("status_message", "Success, transaction is found");
            reply(exchange, 200, body.toString());
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        reply(exchange, 404, "{\"status_code\":\"404\",\"status_message\":\"Transaction doesn't exist.\"}");
    }

    private SimulatedTransaction find(String id) {
        SimulatedTransaction byOrder = byOrderId.get(id);
        if (byOrder != null) {
            return byOrder;
        }
        return byOrderId.values().stream().filter(t -> id.equals(t.transactionId)).findFirst().orElse(null);
    }

    private void refundApi(HttpExchange exchange, String id) throws IOException {
        if (!authorised(exchange, false)) {
            return;
        }
        SimulatedTransaction transaction = find(id);
        if (transaction == null || transaction.transactionStatus == null) {
            notFound(exchange);
            return;
        }
        JsonNode request;
        try {
            request = json.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            reply(exchange, 400, "{\"status_code\":\"400\",\"status_message\":\"Request body is not valid JSON\"}");
            return;
        }
        String refundKey = request.path("refund_key").asText(null);
        ObjectNode answer;
        synchronized (transaction) {
            if (refundKey != null && transaction.refunds.containsKey(refundKey)) {
                reply(exchange, 200, transaction.refunds.get(refundKey));
                return;
            }
            String status = transaction.transactionStatus;
            boolean paid = Set.of("settlement", "capture", "partial_refund").contains(status);
            long amount = request.path("amount").asLong(transaction.grossAmount - transaction.refunded);
            String problem = !paid ? "Merchant cannot modify the status of the transaction"
                    : !REFUNDABLE.contains(transaction.paymentType) ? "Payment type " + transaction.paymentType + " cannot be refunded by API"
                    : amount <= 0 || amount > transaction.grossAmount - transaction.refunded ? "Refund amount is greater than the remaining amount"
                    : null;
            if (problem != null) {
                reply(exchange, 412, json.createObjectNode().put("status_code", "412").put("status_message", problem).toString());
                return;
            }
            transaction.refunded += amount;
            transaction.transactionStatus = transaction.refunded == transaction.grossAmount ? "refund" : "partial_refund";
            answer = notification(transaction);
            answer.put("status_message", "Success, refund request is approved")
                    .put("refund_amount", amount + ".00")
                    .put("refund_key", refundKey);
            if (refundKey != null) {
                transaction.refunds.put(refundKey, answer.toString());
            }
        }
        reply(exchange, 200, answer.toString());
        send(transaction, notification(transaction));
    }

    private void expireApi(HttpExchange exchange, String id) throws IOException {
        if (!authorised(exchange, false)) {
            return;
        }
        SimulatedTransaction transaction = find(id);
        if (transaction == null) {
            notFound(exchange);
            return;
        }
        ObjectNode answer;
        boolean notify;
        synchronized (transaction) {
            if (!transaction.open()) {
                reply(exchange, 412, "{\"status_code\":\"412\",\"status_message\":\"Merchant cannot modify the status of the transaction\"}");
                return;
            }
            notify = transaction.transactionStatus != null;
            transaction.transactionStatus = "expire";
            answer = notification(transaction);
            // the expire API answers 407, not 200
            answer.put("status_code", "407").put("status_message", "Success, transaction is expired");
        }
        reply(exchange, 200, answer.toString());
        if (notify) {
            send(transaction, notification(transaction));
        }
    }

    // ---- payment page -------------------------------------------------------------------------------------

    private void paymentPage(HttpExchange exchange, String tokenPath) throws IOException {
        String token = tokenPath.split("/")[0];
        SimulatedTransaction transaction = byToken.get(token);
        if (transaction == null) {
            html(exchange, 404, page("Transaksi tidak ditemukan", "<p>Transaction not found.</p>"));
            return;
        }
        if (exchange.getRequestMethod().equals("POST")) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Outcome outcome = Outcome.valueOf(form.getOrDefault("outcome", ""));
                pay(transaction.orderId, outcome, form.get("channel"));
                html(exchange, 200, page("Selesai / Done", "<p>" + esc(transaction.orderId) + ": <b>" + outcome
                        + "</b>. Notifikasi dikirim ke Arus / the notification was sent to Arus.</p>"
                        + "<p>Tutup halaman ini / you may close this page.</p>"));
            } catch (IllegalArgumentException | IllegalStateException e) {
                html(exchange, 409, page("Tidak dapat diproses", "<p>" + esc(e.getMessage()) + "</p>"));
            }
            return;
        }
        StringBuilder options = new StringBuilder();
        String status;
        synchronized (transaction) {
            status = transaction.transactionStatus;
            for (String channel : transaction.enabledPayments) {
                options.append("<option value=\"").append(esc(channel)).append("\">").append(esc(channel)).append("</option>");
            }
        }
        String amount = String.format(Locale.ROOT, "%,d", transaction.grossAmount).replace(',', '.');
        String body = "<table>"
                + "<tr><th>Pesanan / Order</th><td>" + esc(transaction.orderId) + "</td></tr>"
                + "<tr><th>Tagihan / Invoice</th><td>" + esc(transaction.itemId) + " — " + esc(transaction.itemName) + "</td></tr>"
                + "<tr><th>Jumlah / Amount</th><td id=\"amount\">Rp " + amount + "</td></tr>"
                + "<tr><th>Berlaku s.d. / Expires</th><td>" + TIME.format(transaction.expiresAt.atZone(JAKARTA)) + " WIB</td></tr>"
                + "</table>";
        if (status == null || "pending".equals(status)) {
            body += "<form method=\"post\"><p><label>Metode / Channel <select name=\"channel\">" + options + "</select></label></p>"
                    + "<p><button name=\"outcome\" value=\"PAID\">Bayar / Paid</button> "
                    + "<button name=\"outcome\" value=\"EXPIRED\">Kedaluwarsa / Expired</button> "
                    + "<button name=\"outcome\" value=\"FAILED\">Gagal / Failed</button></p></form>";
        } else {
            body += "<p>Status: <b>" + esc(status) + "</b></p>";
        }
        html(exchange, 200, page("Midtrans Simulator — Snap", body));
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title><style>"
                + "body{font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}th{text-align:left;padding-right:1rem}"
                + "button{font-size:1rem;margin:.3rem .2rem;padding:.5rem .8rem}</style></head><body><h1>" + esc(title)
                + "</h1><p><small>Simulator Midtrans (demo) — tidak ada uang sungguhan / no real money</small></p>"
                + body + "</body></html>";
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    // ---- notifications ------------------------------------------------------------------------------------

    /** The transaction as Midtrans notifies it (and answers its status), signed. Call under its lock. */
    private ObjectNode notification(SimulatedTransaction t) {
        String grossAmount = t.grossAmount + ".00";
        String statusCode = switch (t.transactionStatus) {
            case "pending" -> "201";
            case "deny", "cancel", "expire", "failure" -> "202";
            default -> "200";
        };
        ObjectNode body = json.createObjectNode()
                .put("transaction_time", TIME.format(t.transactionTime == null ? Instant.now().atZone(JAKARTA) : t.transactionTime.atZone(JAKARTA)))
                .put("transaction_status", t.transactionStatus)
                .put("transaction_id", t.transactionId)
                .put("status_message", "midtrans payment notification")
                .put("status_code", statusCode)
                .put("signature_key", signature(t.orderId, statusCode, grossAmount))
                .put("payment_type", t.paymentType)
                .put("order_id", t.orderId)
                .put("merchant_id", "G000ARUSDEMO")
                .put("gross_amount", grossAmount)
                .put("currency", "IDR");
        if (t.fraudStatus != null) {
            body.put("fraud_status", t.fraudStatus);
        }
        if (t.settlementTime != null) {
            body.put("settlement_time", TIME.format(t.settlementTime.atZone(JAKARTA)));
        }
        if ("bank_transfer".equals(t.paymentType)) {
            String bank = t.channel.substring(0, t.channel.length() - 3);
            String number = "8" + Math.abs((long) t.orderId.hashCode() % 10_000_000_000L);
            if ("permata".equals(bank)) {
                body.put("permata_va_number", number);
            } else {
                body.putArray("va_numbers").addObject().put("bank", bank).put("va_number", number);
            }
        } else if ("cstore".equals(t.paymentType)) {
            body.put("store", t.channel).put("payment_code", String.valueOf(Math.abs(t.orderId.hashCode())));
        }
        if (t.expiresAt != null && "pending".equals(t.transactionStatus)) {
            body.put("expiry_time", TIME.format(t.expiresAt.atZone(JAKARTA)));
        }
        return body;
    }

    /**
     * The {@code signature_key} of a notification with these fields, signed with this simulator's server key;
     * public so that a benchmark can post many notifications itself, signed as Midtrans would sign them.
     */
    public String signature(String orderId, String statusCode, String grossAmount) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512")
                    .digest((orderId + statusCode + grossAmount + serverKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Queues the notification for each URL, in order, after what is queued already. */
    private void send(SimulatedTransaction transaction, ObjectNode body) {
        String text = body.toString();
        String status = body.path("transaction_status").asText();
        for (String url : transaction.notificationUrls) {
            scheduler.execute(() -> deliver(transaction.orderId, status, url, text, 1));
        }
    }

    private void deliver(String orderId, String status, String url, String body, int attempt) {
        int code;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("User-Agent", "Veritrans")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            code = response.statusCode();
        } catch (IOException e) {
            code = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        deliveries.add(new Delivery(orderId, status, url, attempt, code));
        if (code >= 200 && code < 300) {
            return;
        }
        int retries = retriesFor(code);
        if (attempt > retries) {
            log.warn("Midtrans simulator gave up notifying {} {} to {} (last answer {})", orderId, status, url, code);
            return;
        }
        long delayMillis = Math.max(10, (long) (RETRY_MINUTES[attempt - 1] * 60_000 * retryScale));
        scheduler.schedule(() -> deliver(orderId, status, url, body, attempt + 1), delayMillis, TimeUnit.MILLISECONDS);
    }

    /** How many times Midtrans retries after this answer (its documented table). */
    static int retriesFor(int code) {
        return switch (code) {
            case 500 -> 1;
            case 503 -> 4;
            case 400, 404 -> 2;
            case 301, 302, 303 -> 0;
            default -> 5;
        };
    }

    /** Transactions past their expiry: a pending one expires with a notification, an unpaid Snap one silently. */
    private void expireOverdue() {
        Instant now = Instant.now();
        for (SimulatedTransaction transaction : byOrderId.values()) {
            boolean notify;
            synchronized (transaction) {
                if (!transaction.open() || transaction.expiresAt == null || transaction.expiresAt.isAfter(now)) {
                    continue;
                }
                notify = transaction.transactionStatus != null;
                transaction.transactionStatus = "expire";
            }
            if (notify) {
                ObjectNode body;
                synchronized (transaction) {
                    body = notification(transaction);
                }
                send(transaction, body);
            }
        }
    }

    private static void reply(HttpExchange exchange, int code, String body) throws IOException {
        send(exchange, code, "application/json", body);
    }

    private static void html(HttpExchange exchange, int code, String body) throws IOException {
        send(exchange, code, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int code, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Forgets every transaction and delivery and switches the options off (between tests). */
    public void reset() {
        byOrderId.clear();
        byToken.clear();
        deliveries.clear();
        options.duplicateNotifications = false;
        options.stalePendingAfterFinal = false;
    }

    @Override
    public void destroy() {
        close();
    }

    public void close() {
        scheduler.shutdownNow();
        if (server != null) {
            server.close();
        }
    }
}
