package id.arus.integration.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.integration.IntegrationEvents;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.springframework.stereotype.Service;

/**
 * Hands events to the {@code direct:platform-publish-integration-event} route. The envelope is built
 * here, so the route (which analysts may edit) only decides where the JSON goes.
 */
@Service
class CamelIntegrationEvents implements IntegrationEvents {

    static final String ROUTE = "direct:platform-publish-integration-event";

    private final ProducerTemplate producer;
    private final ObjectMapper json;

    CamelIntegrationEvents(ProducerTemplate producer, ObjectMapper json) {
        this.producer = producer;
        this.json = json;
    }

    @Override
    public void publish(String type, String key, Map<String, ?> payload) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("type", type);
        envelope.put("key", key);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("payload", payload);
        String body;
        try {
            body = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IntegrationException("Event " + type + " cannot be written as JSON", e);
        }
        try {
            producer.sendBodyAndHeaders(ROUTE, body, Map.of(KafkaConstants.KEY, key, "arusEventType", type));
        } catch (CamelExecutionException e) {
            throw new IntegrationException("Event " + type + " " + key + " was not published: "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
    }
}
