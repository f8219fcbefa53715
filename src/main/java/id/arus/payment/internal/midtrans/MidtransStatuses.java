package id.arus.payment.internal.midtrans;

import com.fasterxml.jackson.databind.JsonNode;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.PaymentMethod;
import id.arus.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Midtrans transaction (a notification or a status answer, both have the same fields) in Arus's words.
 * Lenient: Midtrans adds fields over time, so only the ones used here are read and the rest are ignored.
 */
final class MidtransStatuses {

    private static final Logger log = LoggerFactory.getLogger(MidtransStatuses.class);
    /** Midtrans writes its times in Jakarta time without an offset. */
    static final ZoneId MIDTRANS_ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter MIDTRANS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The payment types Midtrans refunds by API; bank transfers and counter payments it cannot. */
    private static final Set<String> REFUNDABLE = Set.of("credit_card", "gopay", "shopeepay", "dana", "ovo", "qris",
            "kredivo", "akulaku");

    private MidtransStatuses() {
    }

    /**
     * Only {@code settlement}, or {@code capture} whose fraud check said {@code accept}, is money received: a
     * capture under challenge (or without a fraud status) still waits for Midtrans's decision.
     */
    static GatewayStatus map(String transactionStatus, String fraudStatus) {
        String status = transactionStatus == null ? "" : transactionStatus.trim().toLowerCase(Locale.ROOT);
        return switch (status) {
            case "settlement" -> GatewayStatus.PAID;
            case "capture" -> "accept".equalsIgnoreCase(fraudStatus) ? GatewayStatus.PAID : GatewayStatus.PENDING;
            case "pending", "authorize" -> GatewayStatus.PENDING;
            case "deny", "cancel", "failure" -> GatewayStatus.FAILED;
            case "expire" -> GatewayStatus.EXPIRED;
            case "refund", "partial_refund" -> GatewayStatus.REFUNDED;
            case "chargeback", "partial_chargeback" -> GatewayStatus.CHARGEBACK;
            default -> {
                // a status Midtrans added after this was written moves no money until someone maps it
                log.warn("Unknown Midtrans transaction_status '{}' read as PENDING", transactionStatus);
                yield GatewayStatus.PENDING;
            }
        };
    }

    /** The transaction as Arus sees it; {@code body} is the notification as received, or null for a status check. */
    static GatewayNotification read(JsonNode json, String body) {
        String rawStatus = text(json, "transaction_status");
        GatewayStatus status = map(rawStatus, text(json, "fraud_status"));
        return new GatewayNotification(PaymentMethod.MIDTRANS, text(json, "order_id"), text(json, "transaction_id"),
                status, rawStatus, amount(text(json, "gross_amount")), channel(json),
                status == GatewayStatus.PAID ? paidAt(json) : null, body);
    }

    /** {@code "150000.00"} as whole rupiah (IDR has no cents; a fraction, never seen, is rounded). */
    static Money amount(String grossAmount) {
        if (grossAmount == null || grossAmount.isBlank()) {
            return null;
        }
        try {
            return Money.idr(new BigDecimal(grossAmount.trim()).setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            log.warn("Midtrans gross_amount '{}' is not a number", grossAmount);
            return null;
        }
    }

    /** The channel in Snap's {@code enabled_payments} words: {@code bca_va}, {@code gopay}, {@code indomaret}... */
    static String channel(JsonNode json) {
        String type = text(json, "payment_type");
        if (type == null) {
            return null;
        }
        if ("bank_transfer".equals(type)) {
            JsonNode vaNumbers = json.path("va_numbers");
            if (vaNumbers.isArray() && !vaNumbers.isEmpty() && vaNumbers.get(0).hasNonNull("bank")) {
                return vaNumbers.get(0).get("bank").asText() + "_va";
            }
            if (json.hasNonNull("permata_va_number")) {
                return "permata_va";
            }
        }
        if ("cstore".equals(type) && json.hasNonNull("store")) {
            return json.get("store").asText();
        }
        return type;
    }

    static boolean refundable(String paymentType) {
        return paymentType != null && REFUNDABLE.contains(paymentType.toLowerCase(Locale.ROOT));
    }

    private static Instant paidAt(JsonNode json) {
        String time = text(json, "settlement_time");
        if (time == null) {
            time = text(json, "transaction_time");
        }
        if (time == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(time.trim(), MIDTRANS_TIME).atZone(MIDTRANS_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            log.warn("Midtrans time '{}' is not in the expected form", time);
            return null;
        }
    }

    /** A field's text as Midtrans wrote it (a number stays as its digits), or null when absent. */
    static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
