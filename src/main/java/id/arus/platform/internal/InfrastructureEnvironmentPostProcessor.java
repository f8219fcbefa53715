package id.arus.platform.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Decides, before any bean exists, where the database and Kafka are. With no database URL and no
 * Kafka servers configured, a default build uses its embedded PostgreSQL and in-app broker; a
 * production build (which does not contain them) stops here with a message naming the variable to set.
 */
class InfrastructureEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Present only in builds with the {@code embedded} Maven profile (the default one). */
    static final String EMBEDDED_SUPPORT = "id.arus.platform.embedded.EmbeddedPostgresConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        boolean embeddedAvailable = ClassUtils.isPresent(EMBEDDED_SUPPORT, getClass().getClassLoader());
        Map<String, Object> derived = new HashMap<>();

        if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            if (!embeddedAvailable) {
                throw new MissingInfrastructureException("ARUS_DB_URL",
                        "No database is configured and this build has no embedded PostgreSQL.",
                        "Set ARUS_DB_URL (e.g. jdbc:postgresql://db:5432/arus), ARUS_DB_USER and ARUS_DB_PASSWORD.");
            }
            derived.put("arus.embedded.postgres.enabled", "true");
            if (!StringUtils.hasText(env.getProperty("arus.secret-key-file"))) {
                String dataDir = env.getProperty("arus.embedded.data-dir", "./data");
                derived.put("arus.secret-key-file", Path.of(dataDir, "secret.key").toString());
            }
        }

        String kafka = env.getProperty("arus.kafka.bootstrap-servers");
        if (!StringUtils.hasText(kafka)) {
            if (!embeddedAvailable) {
                throw new MissingInfrastructureException("ARUS_KAFKA_BOOTSTRAP_SERVERS",
                        "No Kafka cluster is configured and this build has no in-app broker.",
                        "Set ARUS_KAFKA_BOOTSTRAP_SERVERS (e.g. kafka-1:9092,kafka-2:9092).");
            }
            int port = freeLoopbackPort();
            derived.put("arus.embedded.kafka.port", port);
            kafka = "127.0.0.1:" + port;
        }
        derived.put("arus.kafka.bootstrap-servers", kafka);
        derived.put("spring.kafka.bootstrap-servers", kafka);
        derived.put("camel.component.kafka.brokers", kafka);

        env.getPropertySources().addFirst(new MapPropertySource("arusInfrastructure", derived));
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port on 127.0.0.1 for the in-app Kafka broker", e);
        }
    }

    @Override
    public int getOrder() {
        // after application.yml and the environment have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
