package id.arus.platform.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

/**
 * Real PostgreSQL binaries (zonky) started inside Arus when no database is configured. The data
 * directory survives restarts. Spring, not a JVM shutdown hook, stops the server: the data source and
 * everything using it (Camunda's job executor first) close before it, so a SIGTERM writes nothing half.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("arus.embedded.postgres.enabled")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${arus.embedded.data-dir:./data}") String dataDir,
                                      @Value("${arus.embedded.postgres.persistent:true}") boolean persistent) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200");
        if (persistent && StringUtils.hasText(dataDir)) {
            Path pgData = Path.of(dataDir, "postgres").toAbsolutePath();
            Files.createDirectories(pgData);
            removeStalePidFile(pgData);
            builder.setDataDirectory(pgData).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", pgData);
        }
        return builder.start();
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        ds.setUsername("postgres");
        ds.setPoolName("arus-embedded");
        return ds;
    }

    /** A hard kill leaves postmaster.pid behind; PostgreSQL refuses to start on top of it. */
    private static void removeStalePidFile(Path pgData) throws IOException {
        Path pid = pgData.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        String first = Files.readAllLines(pid).stream().findFirst().orElse("").trim();
        boolean alive = !first.isEmpty() && ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            log.warn("Removing stale {} left by an earlier, unclean stop", pid);
            Files.delete(pid);
        }
    }

}
