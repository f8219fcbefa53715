package id.arus;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the integration tests need around the application: a real SMTP server (GreenMail) on a free
 * loopback port, and a fresh copy of {@code processes/}, {@code rules/} and {@code routes/} that tests
 * may edit without touching the repository.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final Path ARTIFACTS = Path.of("target/test-artifacts").toAbsolutePath();
    private static GreenMail mail;

    /** The SMTP server every mail of the test context goes to. */
    public static synchronized GreenMail mail() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
        return mail;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        copyArtifacts();
        TestPropertyValues.of(
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + mail().getSmtp().getPort(),
                "arus.artifacts.base-dir=" + ARTIFACTS).applyTo(context);
    }

    private static void copyArtifacts() {
        try {
            if (Files.exists(ARTIFACTS)) {
                try (Stream<Path> old = Files.walk(ARTIFACTS)) {
                    old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            for (String folder : new String[] {"processes", "rules", "routes"}) {
                Path source = Path.of(folder).toAbsolutePath();
                Path target = ARTIFACTS.resolve(folder);
                Files.createDirectories(target);
                if (!Files.isDirectory(source)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Path copy = target.resolve(source.relativize(file).toString());
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
