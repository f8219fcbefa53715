package id.arus.notification.internal;

import java.time.Duration;
import java.util.Map;

/**
 * How Arus talks to the operator's WhatsApp/SMS gateway ({@code arus.notification.message-gateway.*}). Indonesian
 * gateways (Fonnte, Wablas, Zenziva and the like) all take one HTTP POST with a token header and the number and
 * text as form or JSON fields, and answer a JSON object with a success flag; only the names differ, so the
 * names are settings rather than code. See docs/billing/demo-and-messages.md for two worked examples.
 *
 * @param url             where to POST, e.g. {@code https://api.fonnte.com/send}; empty means no gateway is set up
 * @param token           the gateway's device/API token, sent in {@code tokenHeader}
 * @param tokenHeader     the header carrying the token ({@code Authorization} for Fonnte and Wablas)
 * @param tokenPrefix     put before the token, e.g. {@code "Bearer "}; empty for Fonnte and Wablas
 * @param format          {@code form} (application/x-www-form-urlencoded) or {@code json}
 * @param targetField     the body field with the number ({@code target} for Fonnte, {@code phone} for Wablas)
 * @param messageField    the body field with the text
 * @param numberFormat    how the gateway wants the number: {@code international} 62812…, {@code plus} +62812…,
 *                        {@code local} 0812…
 * @param extraFields     fixed fields sent with every message (e.g. Fonnte's {@code countryCode: 62})
 * @param successField    the reply's JSON field that says the gateway accepted the message (dots for nesting);
 *                        empty: every 2xx answer counts as accepted
 * @param successValue    the value of {@code successField} that means accepted ({@code true}, or {@code 1}, …)
 * @param reasonField     the reply's JSON field explaining a refusal, shown to staff in the failure
 * @param idField         the reply's JSON field with the gateway's id for the message, kept in {@code sent_message}
 * @param connectTimeout  how long to wait for a connection
 * @param responseTimeout how long to wait for the answer
 */
record MessageGatewaySettings(String url, String token, String tokenHeader, String tokenPrefix, String format,
                              String targetField, String messageField, String numberFormat,
                              Map<String, String> extraFields, String successField, String successValue,
                              String reasonField, String idField, Duration connectTimeout, Duration responseTimeout) {

    static final String PREFIX = "arus.notification.message-gateway";

    MessageGatewaySettings {
        url = url == null ? "" : url.strip();
        token = token == null ? "" : token.strip();
        tokenHeader = blankTo(tokenHeader, "Authorization");
        tokenPrefix = tokenPrefix == null ? "" : tokenPrefix;
        format = blankTo(format, "form").toLowerCase(java.util.Locale.ROOT);
        targetField = blankTo(targetField, "target");
        messageField = blankTo(messageField, "message");
        numberFormat = blankTo(numberFormat, "international").toLowerCase(java.util.Locale.ROOT);
        extraFields = extraFields == null ? Map.of() : Map.copyOf(extraFields);
        successField = successField == null ? "status" : successField.strip();
        successValue = blankTo(successValue, "true");
        reasonField = blankTo(reasonField, "reason");
        idField = blankTo(idField, "id");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(15) : responseTimeout;
        if (!format.equals("form") && !format.equals("json")) {
            throw new IllegalStateException(PREFIX + ".format must be form or json, not " + format);
        }
        if (!numberFormat.equals("international") && !numberFormat.equals("plus") && !numberFormat.equals("local")) {
            throw new IllegalStateException(PREFIX + ".number-format must be international, plus or local, not " + numberFormat);
        }
    }

    /** The number as this gateway wants it, from the {@code +62…} form of {@code ShortMessage}. */
    String number(String plus62) {
        String digits = plus62.replaceAll("[^0-9]", "");
        if (digits.startsWith("0")) {
            digits = "62" + digits.substring(1);
        }
        return switch (numberFormat) {
            case "plus" -> "+" + digits;
            case "local" -> digits.startsWith("62") ? "0" + digits.substring(2) : digits;
            default -> digits;
        };
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
