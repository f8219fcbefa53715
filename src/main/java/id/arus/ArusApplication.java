package id.arus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Arus: ISP operations on one platform. Each top-level package below {@code id.arus} is one
 * application module (see docs/architecture and {@code ModularityTest}).
 */
@SpringBootApplication
@EnableScheduling
public class ArusApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArusApplication.class, args);
    }
}
