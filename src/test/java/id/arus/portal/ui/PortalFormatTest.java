package id.arus.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PortalFormatTest {

    @Test
    void speedsTrafficAndUptimeReadAsACustomerExpects() {
        assertThat(PortalFormat.speed(20_000)).isEqualTo("20 Mbps");
        assertThat(PortalFormat.speed(1_500)).isEqualTo("1.5 Mbps");
        assertThat(PortalFormat.speed(512)).isEqualTo("512 kbps");
        assertThat(PortalFormat.bytes(900)).isEqualTo("900 B");
        assertThat(PortalFormat.bytes(5 * 1024 * 1024)).isEqualTo("5.0 MB");
        assertThat(PortalFormat.bytes(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
        assertThat(PortalFormat.duration(Duration.ofMinutes(125))).isEqualTo("2h 5m");
        assertThat(PortalFormat.duration(Duration.ofHours(50))).isEqualTo("2d 2h 0m");
    }
}
