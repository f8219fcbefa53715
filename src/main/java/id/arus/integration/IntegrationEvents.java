package id.arus.integration;

import java.util.Map;

/**
 * Publishes events meant for systems outside Arus to the Kafka topic {@code arus.integration-events}
 * through the route {@code platform-publish-integration-event} ({@code routes/platform/integration-events.camel.yaml}).
 */
public interface IntegrationEvents {

    /** The topic consumers outside Arus subscribe to. */
    String TOPIC = "arus.integration-events";

    /**
     * Sends one event as JSON ({@code type}, {@code key}, {@code occurredAt}, {@code payload}); returns
     * when Kafka has it.
     *
     * @param key the Kafka record key, e.g. the subscription number, so one aggregate's events stay in order
     * @throws IntegrationException when the route is not loaded or Kafka does not take the record
     */
    void publish(String type, String key, Map<String, ?> payload);

    /** An event could not be handed to Kafka. */
    class IntegrationException extends RuntimeException {
        public IntegrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
