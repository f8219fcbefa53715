package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.shared.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Ipv4RangesTest {

    @Test
    void cidrLeavesOutNetworkAndBroadcast() {
        List<Ipv4Ranges.Range> ranges = Ipv4Ranges.parse("10.20.0.0/24");
        assertThat(Ipv4Ranges.format(ranges)).isEqualTo("10.20.0.1-10.20.0.254");
        assertThat(ranges.get(0).size()).isEqualTo(254);
        assertThat(Ipv4Ranges.format(Ipv4Ranges.parse("10.20.0.77/24"))).as("host bits ignored").isEqualTo("10.20.0.1-10.20.0.254");
        assertThat(Ipv4Ranges.format(Ipv4Ranges.parse("10.20.0.8/31"))).isEqualTo("10.20.0.8-10.20.0.9");
        assertThat(Ipv4Ranges.format(Ipv4Ranges.parse("10.20.0.8/32"))).isEqualTo("10.20.0.8");
    }

    @Test
    void listsAreSortedAndMustNotOverlap() {
        assertThat(Ipv4Ranges.format(Ipv4Ranges.parse(" 10.1.0.50-10.1.0.60 , 10.1.0.1-10.1.0.9,10.1.0.10")))
                .isEqualTo("10.1.0.1-10.1.0.9,10.1.0.10,10.1.0.50-10.1.0.60");
        assertKey("10.1.0.1-10.1.0.9, 10.1.0.9-10.1.0.20", "pools.ranges.overlapEachOther");
        assertKey("10.1.0.9-10.1.0.1", "pools.ranges.backwards");
        assertKey("10.0.0.0/15", "pools.ranges.tooBig");
        assertKey("10.0.0.0/33", "pools.ranges.invalid");
        assertKey("10.0.0.256", "pools.address.invalid");
        assertKey("10.0.0", "pools.address.invalid");
        assertKey("", "pools.ranges.required");
        assertKey(" , ", "pools.ranges.required");
    }

    @Test
    void addressesAreNumbers() {
        assertThat(Ipv4Ranges.parseAddress("255.255.255.255", "a")).isEqualTo(0xFFFFFFFFL);
        assertThat(Ipv4Ranges.format(Ipv4Ranges.parseAddress("192.168.1.10", "a"))).isEqualTo("192.168.1.10");
        assertThat(new Ipv4Ranges.Range(10, 20).overlaps(new Ipv4Ranges.Range(20, 30))).isTrue();
        assertThat(new Ipv4Ranges.Range(10, 20).overlaps(new Ipv4Ranges.Range(21, 30))).isFalse();
    }

    @Test
    void routerOsUptimeIsParsedInBothNotations() {
        assertThat(SubscriberProvisioningService.uptime("1w2d3h4m5s")).isEqualTo(Duration.ofDays(9).plusHours(3).plusMinutes(4).plusSeconds(5));
        assertThat(SubscriberProvisioningService.uptime("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(SubscriberProvisioningService.uptime("01:02:03")).isEqualTo(Duration.ofSeconds(3723));
        assertThat(SubscriberProvisioningService.uptime(null)).isEqualTo(Duration.ZERO);
    }

    @Test
    void anEntryBelongsToTheOwnerByNameOrBySubscriberComment() {
        Map<String, String> comments = Map.of("ana", "SUB-10 Ana", "bayu", "SUB-100");
        assertThat(IpPoolsService.belongsTo("SUB-10", "SUB-10", comments)).isTrue();
        assertThat(IpPoolsService.belongsTo("SUB-10", "ana", comments)).isTrue();
        assertThat(IpPoolsService.belongsTo("SUB-10", "bayu", comments)).as("SUB-100 is another subscription").isFalse();
        assertThat(IpPoolsService.belongsTo("SUB-10", null, comments)).isFalse();
    }

    private static void assertKey(String ranges, String key) {
        assertThatThrownBy(() -> Ipv4Ranges.parse(ranges)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors().get("ranges")).containsExactly(key));
    }
}
