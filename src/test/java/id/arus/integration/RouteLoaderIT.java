package id.arus.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.TestInfrastructure;
import id.arus.platform.AnalystArtifacts;
import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@ArusIT
class RouteLoaderIT {

    private static final Path FILE = TestInfrastructure.ARTIFACTS.resolve("routes/test/echo.camel.yaml");

    @Autowired
    AnalystArtifacts artifacts;
    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    IntegrationEvents events;
    @Value("${arus.kafka.bootstrap-servers}")
    String bootstrapServers;

    private static String route(String answer) {
        return """
                - route:
                    id: test-echo
                    from:
                      uri: direct:test-echo
                      steps:
                        - setBody:
                            constant: %s
                """.formatted(answer);
    }

    private ArtifactStatus status() {
        return artifacts.statuses(ArtifactKind.ROUTE).stream().filter(s -> s.path().equals("test/echo.camel.yaml")).findFirst().orElseThrow();
    }

    private Object echo() {
        return producer.requestBody("direct:test-echo", "hello");
    }

    @AfterEach
    void removeTestFile() throws Exception {
        Files.deleteIfExists(FILE);
        artifacts.rescan();
    }

    @Test
    void brokenYamlIsRejectedWithItsLineAndTheOldRouteKeepsRunning() throws Exception {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, route("v1"));
        artifacts.rescan();
        assertThat(echo()).isEqualTo("v1");
        assertThat(status().version()).isEqualTo("1 route: test-echo");

        Files.writeString(FILE, route("v2") + "       - log: [unclosed\n");
        artifacts.rescan();

        ArtifactStatus rejected = status();
        assertThat(rejected.state()).isEqualTo(ArtifactStatus.State.REJECTED);
        assertThat(rejected.problems().get(0).file()).isEqualTo("routes/test/echo.camel.yaml");
        assertThat(rejected.problems().get(0).line()).isNotNull().isBetween(7, 9);
        assertThat(rejected.problems().get(0).message()).isNotBlank();
        assertThat(echo()).isEqualTo("v1");
    }

    @Test
    void unknownStepIsRejectedAndTheOldRouteKeepsRunning() throws Exception {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, route("v1"));
        artifacts.rescan();

        Files.writeString(FILE, route("v2").replace("- setBody:", "- setBodyy:"));
        artifacts.rescan();

        ArtifactStatus rejected = status();
        assertThat(rejected.state()).isEqualTo(ArtifactStatus.State.REJECTED);
        assertThat(rejected.lastError()).contains("setBodyy");
        assertThat(echo()).isEqualTo("v1");
    }

    @Test
    void routeThatCannotStartIsRejectedAndTheOldRouteIsPutBack() throws Exception {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, route("v1"));
        artifacts.rescan();

        Files.writeString(FILE, route("v2") + "        - to: nosuchcomponent:anywhere\n");
        artifacts.rescan();

        assertThat(status().state()).isEqualTo(ArtifactStatus.State.REJECTED);
        assertThat(status().lastError()).contains("nosuchcomponent");
        assertThat(echo()).isEqualTo("v1");
    }

    @Test
    void goodEditChangesBehaviourAndRemovalStopsTheRoute() throws Exception {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, route("v1"));
        artifacts.rescan();
        assertThat(echo()).isEqualTo("v1");

        Files.writeString(FILE, route("v2"));
        artifacts.rescan();
        assertThat(echo()).isEqualTo("v2");
        assertThat(status().state()).isEqualTo(ArtifactStatus.State.ACTIVE);
        // the other files' routes were not touched
        assertThat(camel.getRouteController().getRouteStatus("platform-publish-integration-event").isStarted()).isTrue();

        Files.delete(FILE);
        artifacts.rescan();
        assertThat(camel.getRoute("test-echo")).isNull();
        assertThat(status().state()).isEqualTo(ArtifactStatus.State.REMOVED);
        assertThatThrownBy(this::echo).hasStackTraceContaining("No consumers available on endpoint: direct://test-echo");
    }

    @Test
    void integrationEventGoesThroughKafkaToAConsumer() {
        String key = "SUB-TEST-" + UUID.randomUUID();
        events.publish("SubscriptionActivated", key, Map.of("plan", "10M"));

        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "route-loader-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(IntegrationEvents.TOPIC));
            Instant deadline = Instant.now().plusSeconds(30);
            ConsumerRecord<String, String> found = null;
            while (found == null && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found = record;
                    }
                }
            }
            assertThat(found).as("the event reached the Kafka consumer").isNotNull();
            assertThat(found.value()).contains("\"type\":\"SubscriptionActivated\"").contains("\"plan\":\"10M\"");
        }
    }
}
