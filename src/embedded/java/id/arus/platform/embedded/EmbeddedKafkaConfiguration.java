package id.arus.platform.embedded;

import java.util.Map;
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

    @Bean(destroyMethod = "destroy")
    EmbeddedKafkaKraftBroker embeddedKafkaBroker(@Value("${arus.embedded.kafka.port}") int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.kafkaPorts(port);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3"));
        broker.afterPropertiesSet();
        return broker;
    }
}
