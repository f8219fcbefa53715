package id.arus.sim.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import id.arus.sim.SimHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * A WhatsApp gateway in the style of Fonnte for the demo and the tests: {@code POST /send} on 127.0.0.1 (port
 * {@code arus.sim.messaging.port}, 18932 in the demo, any free port when 0) with the device token in the
 * {@code Authorization} header and {@code target} and {@code message} as form or JSON fields, answered
 * {@code {"status":true,"id":["…"],…}} or {@code {"status":false,"reason":"…"}}, as that gateway does. It keeps
 * every accepted message; {@code GET /messages} lists them, and with {@code arus.sim.messaging.save-to} set (the
 * demo) each is also written as a text file there, so a newcomer sees the reminders customers would get.
 * <p>
 * A port taken by another demo on the machine is reported and left to it. The actual port is published as
 * {@code arus.sim.messaging.port} so that settings written as {@code http://127.0.0.1:${arus.sim.messaging.port}/send}
 * reach this server even when it picked a free port.
 */
@Component
@Profile({"demo", "test"})
public class DemoMessageGateway implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoMessageGateway.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Bodies larger than this are refused rather than read: a message is a few hundred characters. */
    private static final int MAX_BODY = 64 * 1024;

    /** One message the gateway accepted. */
    public record Received(String id, String target, String text, String token, Instant at) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final Path saveTo;
    private final List<Received> received = new ArrayList<>();
    private SimHttpServer server;
    private volatile boolean deviceConnected = true;

    public DemoMessageGateway(ConfigurableEnvironment environment) {
        int port = environment.getProperty("arus.sim.messaging.port", Integer.class, 18932);
        token = environment.getProperty("arus.sim.messaging.token", "demo-message-token");
        String folder = environment.getProperty("arus.sim.messaging.save-to", "");
        saveTo = folder.isBlank() ? null : Path.of(folder);
        try {
            server = SimHttpServer.start("demo-message-gateway", port, 2, Map.of("/send", this::send, "/messages", this::list));
            int actual = server.port();
            environment.getPropertySources().addFirst(
                    new MapPropertySource("demo-message-gateway", Map.of("arus.sim.messaging.port", actual)));
            log.info("Demo WhatsApp gateway listening on http://127.0.0.1:{}/send (messages: /messages{})", actual,
                    saveTo == null ? "" : ", saved in " + saveTo.toAbsolutePath());
        } catch (IOException e) {
            server = null;
            log.warn("Demo WhatsApp gateway not started: port {} is taken ({})", port, e.getMessage());
        }
    }

    /** Every message accepted so far, oldest first. */
    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** The messages accepted for one number (as the gateway got it), oldest first. */
    public synchronized List<Received> receivedBy(String target) {
        return received.stream().filter(m -> m.target().equals(target)).toList();
    }

    /** A WhatsApp device that logged out: the gateway refuses every message until it is connected again. */
    public void setDeviceConnected(boolean connected) {
        deviceConnected = connected;
    }

    private void send(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, Map.of("status", false, "reason", "use POST"));
                return;
            }
            String presented = exchange.getRequestHeaders().getFirst("Authorization");
            if (presented == null || !presented.equals(token)) {
                reply(exchange, 200, Map.of("status", false, "reason", "invalid token"));
                return;
            }
            Map<String, String> fields;
            try {
                fields = fields(exchange);
            } catch (IOException | IllegalArgumentException e) {
                reply(exchange, 400, Map.of("status", false, "reason", "unreadable body"));
                return;
            }
            String target = fields.getOrDefault("target", "").strip();
            String text = fields.getOrDefault("message", "");
            if (!target.matches("\\+?[0-9]{8,16}")) {
                reply(exchange, 200, Map.of("status", false, "reason", "invalid target"));
                return;
            }
            if (!deviceConnected) {
                reply(exchange, 200, Map.of("status", false, "reason", "disconnected device"));
                return;
            }
            Received message = accept(target, text, presented);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("status", true);
            answer.put("detail", "success! message in queue");
            answer.put("id", List.of(message.id()));
            answer.put("process", "pending");
            answer.put("target", List.of(target));
            reply(exchange, 200, answer);
        }
    }

    private synchronized Received accept(String target, String text, String presentedToken) {
        Received message = new Received(String.valueOf(100000 + received.size() + 1), target, text, presentedToken, Instant.now());
        received.add(message);
        log.info("Demo WhatsApp gateway: message {} to {}", message.id(), target);
        if (saveTo != null) {
            try {
                Files.createDirectories(saveTo);
                Path file = saveTo.resolve(LocalDateTime.now().format(FILE_TIME) + "-" + message.id() + "-" + target + ".txt");
                Files.writeString(file, "To: " + target + "\nAt: " + message.at() + "\n\n" + text + "\n");
            } catch (IOException e) {
                log.warn("Demo WhatsApp gateway could not save message {}: {}", message.id(), e.getMessage());
            }
        }
        return message;
    }

    private void list(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Received m : received()) {
                rows.add(Map.of("id", m.id(), "target", m.target(), "message", m.text(), "at", m.at().toString()));
            }
            byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private Map<String, String> fields(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readNBytes(MAX_BODY + 1);
        }
        if (raw.length > MAX_BODY) {
            throw new IllegalArgumentException("body too large");
        }
        String body = new String(raw, StandardCharsets.UTF_8);
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, String> fields = new HashMap<>();
        if (type.startsWith("application/json")) {
            JsonNode node = json.readTree(body);
            node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
        } else {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return fields;
    }

    private void reply(HttpExchange exchange, int status, Map<String, Object> answer) throws IOException {
        byte[] body = json.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void destroy() {
        if (server != null) {
            server.close();
        }
    }
}
