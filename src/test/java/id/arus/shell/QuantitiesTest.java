package id.arus.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void speedsTrafficAndUptimeReadAsACustomerExpects() {
        assertThat(Quantities.speed(20_000)).isEqualTo("20 Mbps");
        assertThat(Quantities.speed(1_500)).isEqualTo("1.5 Mbps");
        assertThat(Quantities.speed(512)).isEqualTo("512 kbps");
        assertThat(Quantities.bytes(900)).isEqualTo("900 B");
        assertThat(Quantities.bytes(5 * 1024 * 1024)).isEqualTo("5.0 MB");
        assertThat(Quantities.bytes(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
        assertThat(Quantities.duration(Duration.ofMinutes(125))).isEqualTo("2h 5m");
        assertThat(Quantities.duration(Duration.ofHours(50))).isEqualTo("2d 2h 0m");
    }
}
