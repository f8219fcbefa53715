package id.arus.monitoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.monitoring.NasSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores the samples the route {@code monitoring-store-telemetry} ({@code routes/monitoring/telemetry.camel.yaml})
 * takes from Kafka. A record that is not a sample is logged and skipped: retrying it would block every
 * later sample of its partition and never succeed.
 */
@Component("telemetryIngest")
public class TelemetryIngest {

    private static final Logger log = LoggerFactory.getLogger(TelemetryIngest.class);

    private final ObjectMapper json;
    private final TelemetryStore store;

    TelemetryIngest(ObjectMapper json, TelemetryStore store) {
        this.json = json;
        this.store = store;
    }

    public void store(String record) {
        NasSample sample;
        try {
            sample = json.readValue(record, NasSample.class);
        } catch (JsonProcessingException e) {
            log.warn("Skipped a telemetry record that is not a sample ({}): {}", e.getOriginalMessage(),
                    record.length() > 200 ? record.substring(0, 200) + "…" : record);
            return;
        }
        if (sample.sampledAt() == null || sample.status() == null) {
            log.warn("Skipped a telemetry sample of NAS {} without time or status", sample.nasId());
            return;
        }
        store.save(sample);
    }
}
