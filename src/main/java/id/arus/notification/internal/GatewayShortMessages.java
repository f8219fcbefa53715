package id.arus.notification.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.notification.MessageFailedException;
import id.arus.notification.ShortMessage;
import id.arus.notification.ShortMessages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends each message as one HTTP POST through the Camel route {@code notification-send-message}
 * (routes/notification/message-gateway.camel.yaml), in the shape the settings describe. The settings are read
 * for every message, so a changed property source applies to the next message.
 * <p>
 * Once per key ({@link OncePerKey}), as for mail: the key is claimed in {@code sent_message} around the gateway
 * call, and a refused or failed call gives it back so that a retry (the dunning process's retry cycle) sends it.
 */
@Service
class GatewayShortMessages implements ShortMessages {

    static final String ROUTE = "direct:notification-send-message";
    /** The exchange property the route sends to; an exchange property is never sent as an HTTP header. */
    static final String ENDPOINT = "arusMessageGatewayEndpoint";

    private static final Logger log = LoggerFactory.getLogger(GatewayShortMessages.class);

    private final Environment environment;
    private final ProducerTemplate routes;
    private final JdbcClient jdbc;
    private final OncePerKey once;
    private final AuditTrail audit;
    private final ObjectMapper json = new ObjectMapper();

    GatewayShortMessages(Environment environment, ProducerTemplate routes, JdbcClient jdbc,
                         PlatformTransactionManager transactions, AuditTrail audit) {
        this.environment = environment;
        this.routes = routes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.once = new OncePerKey("message", transactions);
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','NOC','FINANCE','TECHNICIAN','CS')")
    public void send(ShortMessage message) {
        once.requireKey(message.key());
        if (message.to() == null || message.to().replaceAll("[^0-9]", "").length() < 8) {
            throw new IllegalArgumentException("Message " + message.key() + " has no usable phone number");
        }
        if (message.text() == null || message.text().isBlank()) {
            throw new IllegalArgumentException("Message " + message.key() + " has no text");
        }
        MessageGatewaySettings gateway = settings();
        once.send(message.key(), () -> jdbc.sql("""
                        insert into sent_message (message_key, recipient) values (:key, :to)
                        on conflict (message_key) do nothing
                        """).param("key", message.key()).param("to", FailureReasons.truncate(message.to(), 32)).update(),
                () -> {
                    String reference = deliver(gateway, message);
                    jdbc.sql("update sent_message set gateway_ref = :ref where message_key = :key")
                            .param("ref", FailureReasons.truncate(reference, 200)).param("key", message.key()).update();
                    return gateway.number(message.to());
                }).ifPresent(sentTo -> audit.record(AuditRecord.of("notification.message-sent", message.key())
                        .withAfter(Map.of("to", masked(sentTo), "gateway", host(gateway.url())))));
    }

    MessageGatewaySettings settings() {
        return Binder.get(environment).bind(MessageGatewaySettings.PREFIX, MessageGatewaySettings.class)
                .orElseGet(() -> new MessageGatewaySettings(null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null));
    }

    /** Posts the message; answers the gateway's id for it (or null) or throws a MessageFailedException. */
    private String deliver(MessageGatewaySettings gateway, ShortMessage message) {
        if (gateway.url().isEmpty()) {
            throw new MessageFailedException("No WhatsApp/SMS gateway is set up (" + MessageGatewaySettings.PREFIX
                    + ".url is empty); message " + message.key() + " was not sent", null);
        }
        Map<String, String> fields = new LinkedHashMap<>(gateway.extraFields());
        fields.put(gateway.targetField(), gateway.number(message.to()));
        fields.put(gateway.messageField(), message.text());
        String where = host(gateway.url());
        Exchange reply = routes.send(ROUTE, exchange -> {
            exchange.setProperty(ENDPOINT, endpoint(gateway));
            exchange.getIn().setHeader(Exchange.CONTENT_TYPE, gateway.format().equals("json")
                    ? "application/json; charset=UTF-8" : "application/x-www-form-urlencoded; charset=UTF-8");
            if (!gateway.token().isEmpty()) {
                exchange.getIn().setHeader(gateway.tokenHeader(), gateway.tokenPrefix() + gateway.token());
            }
            exchange.getIn().setBody(gateway.format().equals("json") ? json.writeValueAsString(fields) : form(fields));
        });
        if (reply.getException() != null) {
            String reason = FailureReasons.network(reply.getException(), "gateway", MessageGatewaySettings.PREFIX + ".url")
                    .orElseGet(() -> FailureReasons.rootLine(reply.getException()));
            log.warn("Message {} could not be sent through {}: {}", message.key(), where, reason);
            throw new MessageFailedException("Message " + message.key() + " could not be sent through " + where + ": "
                    + reason, reply.getException());
        }
        int status = reply.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = Optional.ofNullable(reply.getMessage().getBody(String.class)).orElse("");
        JsonNode answer = parse(body);
        boolean accepted = status >= 200 && status < 300 && (gateway.successField().isEmpty()
                || gateway.successValue().equalsIgnoreCase(text(field(answer, gateway.successField()))));
        if (!accepted) {
            String reason = Optional.ofNullable(text(field(answer, gateway.reasonField())))
                    .orElse(body.isBlank() ? "no reason given" : FailureReasons.firstLine(body));
            log.warn("Gateway {} refused message {} (HTTP {}): {}", where, message.key(), status, reason);
            throw new MessageFailedException("The gateway " + where + " refused message " + message.key() + " (HTTP "
                    + status + "): " + reason, null);
        }
        log.info("Message {} sent through {}", message.key(), where);
        return text(field(answer, gateway.idField()));
    }

    /** The Camel URI for the gateway, with timeouts and HTTP errors as replies (their reason matters). */
    private static String endpoint(MessageGatewaySettings gateway) {
        return gateway.url() + (gateway.url().contains("?") ? "&" : "?")
                + "throwExceptionOnFailure=false"
                + "&httpConnection.connectTimeout=" + gateway.connectTimeout().toMillis()
                + "&httpClient.responseTimeout=" + gateway.responseTimeout().toMillis();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private JsonNode parse(String body) {
        try {
            return body.isBlank() ? null : json.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    /** A (dotted) field of the reply; the first element when it is an array, e.g. Fonnte's {@code "id": ["…"]}. */
    static JsonNode field(JsonNode answer, String path) {
        JsonNode node = answer;
        for (String name : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(name);
        }
        return node != null && node.isArray() ? node.get(0) : node;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    /** Scheme, host and port only: a gateway that takes its token in the query must not have it logged. */
    static String host(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (RuntimeException e) {
            return "(unreadable gateway URL)";
        }
    }

    /** Enough of the number to recognise it in the audit trail, not enough to harvest it. */
    static String masked(String number) {
        return number.length() <= 6 ? number : number.substring(0, 4) + "…" + number.substring(number.length() - 3);
    }
}
