package id.arus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The integration-test context: the whole application on a random port with embedded PostgreSQL,
 * the in-app Kafka broker and GreenMail. Every {@code *IT} uses exactly this annotation (and nothing
 * that changes the context), so Spring starts the application once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ArusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestInfrastructure.class)
public @interface ArusIT {
}
