package id.arus.platform.embedded;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node KRaft Kafka broker inside the Arus process, used when no external cluster is
 * configured. It listens on 127.0.0.1 only, on the port chosen before start-up, so every Kafka
 * client (Camel, health) is configured with the same address as an external cluster would be.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("arus.embedded.kafka.port")
public class EmbeddedKafkaConfiguration {

    @Bean
    InAppKafkaBroker inAppKafkaBroker(@Value("${arus.embedded.kafka.port}") int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        // The KRaft broker ignores kafkaPorts(): it listened on a random port while every client was
        // told the chosen one. Setting the listeners pins the client port; the controller's stays free.
        broker.brokerProperties(Map.of(
                "listeners", "EXTERNAL://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:0",
                "advertised.listeners", "EXTERNAL://127.0.0.1:" + port,
                "auto.create.topics.enable", "true",
                "num.partitions", "3"));
        broker.afterPropertiesSet();
        return new InAppKafkaBroker(broker);
    }

    /** Owns the broker's life; stops it after every bean that may still produce to it. */
    static final class InAppKafkaBroker implements DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(InAppKafkaBroker.class);
        private final EmbeddedKafkaKraftBroker broker;

        InAppKafkaBroker(EmbeddedKafkaKraftBroker broker) {
            this.broker = broker;
        }

        String bootstrapServers() {
            return broker.getBrokersAsString();
        }

        @Override
        public void destroy() {
            try {
                broker.destroy();
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                log.warn("The in-app Kafka broker did not stop cleanly: {}", cause.toString());
            }
        }
    }
}
