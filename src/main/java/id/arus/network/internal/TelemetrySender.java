package id.arus.network.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.monitoring.NasSample;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands a poll's sample to the route {@code network-publish-telemetry} ({@code routes/monitoring/telemetry.camel.yaml}),
 * which puts it on Kafka keyed by NAS id. A sample Kafka does not take is logged and dropped: the next poll
 * brings a fresh one, and holding samples back would only delay the ones that matter now. While Kafka is
 * away only the first lost sample is logged as a warning (200 routers every 10 s would otherwise write
 * 20 warnings a second); when it takes samples again the log says how many were lost.
 */
@Component
public class TelemetrySender {

    static final String ROUTE = "direct:network-publish-telemetry";
    private static final Logger log = LoggerFactory.getLogger(TelemetrySender.class);

    private final ProducerTemplate producer;
    private final ObjectMapper json;
    /** Samples lost since the last one Kafka took. */
    private final AtomicLong lost = new AtomicLong();

    TelemetrySender(ProducerTemplate producer, ObjectMapper json) {
        this.producer = producer;
        this.json = json;
    }

    /** Returns whether Kafka took the sample. */
    boolean send(NasSample sample) {
        try {
            producer.sendBodyAndHeaders(ROUTE, json.writeValueAsString(sample), Map.of(KafkaConstants.KEY, String.valueOf(sample.nasId())));
            long missed = lost.getAndSet(0);
            if (missed > 0) {
                log.info("Telemetry is reaching Kafka again; {} sample(s) were lost meanwhile", missed);
            }
            return true;
        } catch (JsonProcessingException | CamelExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (lost.getAndIncrement() == 0) {
                log.warn("Telemetry of NAS {} at {} was not sent (further losses are counted, not logged): {}",
                        sample.nasId(), sample.sampledAt(), cause.getMessage());
            } else {
                log.debug("Telemetry of NAS {} at {} was not sent: {}", sample.nasId(), sample.sampledAt(), cause.getMessage());
            }
            return false;
        }
    }
}
