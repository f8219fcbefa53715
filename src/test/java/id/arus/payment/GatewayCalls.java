package id.arus.payment;

import id.arus.sim.midtrans.MidtransSimulator;
import id.arus.sim.tripay.TripaySimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;

/**
 * Posts gateway callbacks to the running application's webhooks the way the gateways do, for the payment
 * benchmarks: signed with the simulators' keys (the test context's gateway settings use the same), and posted
 * again, a bounded number of times, when the answer is not 2xx. Safe for many threads.
 */
final class GatewayCalls {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter MIDTRANS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Tripay's BRIVA fee, paid by the customer on top of the invoice (Tripay's total_amount includes it). */
    private static final long TRIPAY_CUSTOMER_FEE = 4_250;

    /** One callback as it goes over the wire. {@code signature} is Tripay's header; Midtrans signs inside the body. */
    record Call(String path, String body, String signature) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final int resends;
    private final MidtransSimulator midtrans;
    private final TripaySimulator tripay;
    private final AtomicInteger resent = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();

    /** To the test context's own server, signed with its gateway simulators' keys. */
    GatewayCalls(ApplicationContext context, int resends) {
        this.base = "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
        this.resends = resends;
        this.midtrans = context.getBean(MidtransSimulator.class);
        this.tripay = context.getBean(TripaySimulator.class);
    }

    /** The gateway's "paid" callback for its order of {@code amount}, as that gateway would send it. */
    Call paid(PaymentMethod gateway, String orderId, long amount) {
        return switch (gateway) {
            case MIDTRANS -> midtransSettlement(orderId, amount);
            case TRIPAY -> tripayPaid(orderId, amount);
            default -> throw new IllegalArgumentException(gateway + " sends no callbacks");
        };
    }

    /** Midtrans's settlement notification of a BCA virtual account payment of {@code amount} for the order. */
    private Call midtransSettlement(String orderId, long amount) {
        String gross = amount + ".00";
        String time = MIDTRANS_TIME.format(Instant.now().atZone(JAKARTA));
        String body = """
                {"transaction_time":"%s","transaction_status":"settlement","transaction_id":"bench-%s",\
                "status_message":"midtrans payment notification","status_code":"200","signature_key":"%s",\
                "payment_type":"bank_transfer","order_id":"%s","merchant_id":"G000ARUSDEMO","gross_amount":"%s",\
                "currency":"IDR","settlement_time":"%s","va_numbers":[{"bank":"bca","va_number":"8%s"}]}"""
                .formatted(time, orderId, midtrans.signature(orderId, "200", gross), orderId, gross, time,
                        orderId.replaceAll("\\D", ""));
        return new Call("/webhooks/midtrans", body, null);
    }

    /** Tripay's PAID callback of a BRIVA payment of {@code amount} (plus the customer's fee) for the order. */
    private Call tripayPaid(String orderId, long amount) {
        String body = """
                {"reference":"T0001BENCH%s","merchant_ref":"%s","payment_method":"BRI Virtual Account",\
                "payment_method_code":"BRIVA","total_amount":%d,"fee_merchant":0,"fee_customer":%d,"total_fee":%d,\
                "amount_received":%d,"is_closed_payment":1,"status":"PAID","paid_at":%d,"note":null}"""
                .formatted(orderId.replaceAll("\\D", ""), orderId, amount + TRIPAY_CUSTOMER_FEE, TRIPAY_CUSTOMER_FEE,
                        TRIPAY_CUSTOMER_FEE, amount, Instant.now().getEpochSecond());
        return new Call("/webhooks/tripay", body, tripay.callbackSignature(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Posts until answered 2xx, at most {@code 1 + resends} times; returns whether it was answered 2xx. */
    boolean post(Call call) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        if (call.signature() != null) {
            request.header("X-Callback-Event", "payment_status").header("X-Callback-Signature", call.signature());
        }
        HttpRequest built = request.build();
        for (int attempt = 0; attempt <= resends; attempt++) {
            if (attempt > 0) {
                resent.incrementAndGet();
            }
            try {
                int status = http.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return true;
                }
            } catch (IOException e) {
                // as a gateway does: a connection that failed is a callback to send again
            }
        }
        unanswered.incrementAndGet();
        return false;
    }

    /** Posts sent again after an answer that was not 2xx (or none). */
    int resent() {
        return resent.get();
    }

    /** Callbacks never answered 2xx within their resends: lost, unless the database shows otherwise. */
    int unanswered() {
        return unanswered.get();
    }
}
