package id.arus.network.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.monitoring.NasSample;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands a poll's sample to the route {@code network-publish-telemetry} ({@code routes/monitoring/telemetry.camel.yaml}),
 * which puts it on Kafka keyed by NAS id. A sample Kafka does not take is logged and dropped: the next poll
 * brings a fresh one, and holding samples back would only delay the ones that matter now.
 */
@Component
public class TelemetrySender {

    static final String ROUTE = "direct:network-publish-telemetry";
    private static final Logger log = LoggerFactory.getLogger(TelemetrySender.class);

    private final ProducerTemplate producer;
    private final ObjectMapper json;

    TelemetrySender(ProducerTemplate producer, ObjectMapper json) {
        this.producer = producer;
        this.json = json;
    }

    /** Returns whether Kafka took the sample. */
    boolean send(NasSample sample) {
        try {
            producer.sendBodyAndHeaders(ROUTE, json.writeValueAsString(sample), Map.of(KafkaConstants.KEY, String.valueOf(sample.nasId())));
            return true;
        } catch (JsonProcessingException | CamelExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            log.warn("Telemetry of NAS {} at {} was not sent: {}", sample.nasId(), sample.sampledAt(), cause.getMessage());
            return false;
        }
    }
}
