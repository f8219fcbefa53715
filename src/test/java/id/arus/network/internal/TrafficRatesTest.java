package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.monitoring.NasSample.InterfaceRate;
import id.arus.network.InterfaceTraffic;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficRatesTest {

    private final TrafficRates rates = new TrafficRates();
    private final Instant t0 = Instant.parse("2026-11-30T10:00:00Z");

    private static InterfaceTraffic ether(String name, long rx, long tx) {
        return new InterfaceTraffic(name, "ether", true, rx, tx);
    }

    @Test
    void theFirstReadingHasNoRateAndTheSecondGivesBitsPerSecond() {
        assertThat(rates.rates(1, t0, List.of(ether("ether1", 1_000, 500)))).isEmpty();

        List<InterfaceRate> second = rates.rates(1, t0.plusSeconds(10), List.of(ether("ether1", 1_000 + 125_000, 500 + 12_500)));

        // 125,000 bytes in 10 s = 100,000 bit/s; 12,500 bytes = 10,000 bit/s
        assertThat(second).containsExactly(new InterfaceRate("ether1", 100_000, 10_000));
    }

    @Test
    void aThirtyTwoBitCounterThatWrapsCountsTheBytesAcrossTheWrap() {
        long nearTop = TrafficRates.WRAP_32 - 1_000;
        rates.rates(2, t0, List.of(ether("ether1", nearTop, 0)));

        List<InterfaceRate> after = rates.rates(2, t0.plusSeconds(1), List.of(ether("ether1", 24, 0)));

        assertThat(after).containsExactly(new InterfaceRate("ether1", (1_000 + 24) * 8, 0));
    }

    @Test
    void aCounterResetByARebootCountsFromZeroInsteadOfGoingNegative() {
        rates.rates(3, t0, List.of(ether("ether1", 5_000_000_000L, 900)));

        List<InterfaceRate> after = rates.rates(3, t0.plusSeconds(2), List.of(ether("ether1", 2_000, 100)));

        // 64-bit value far from the 32-bit top: a reset; the 2,000 bytes since the reset over 2 s
        assertThat(after).containsExactly(new InterfaceRate("ether1", 8_000, 400));
    }

    @Test
    void anInterfaceAddedBetweenReadingsWaitsForItsSecondReadingAndForgettingStartsAfresh() {
        rates.rates(4, t0, List.of(ether("ether1", 0, 0)));
        assertThat(rates.rates(4, t0.plusSeconds(1), List.of(ether("ether1", 10, 10), ether("vlan10", 50, 50))))
                .extracting(InterfaceRate::name).containsExactly("ether1");

        rates.forget(4);

        assertThat(rates.rates(4, t0.plusSeconds(2), List.of(ether("ether1", 20, 20)))).isEmpty();
    }

    @Test
    void readingsOfDifferentRoutersDoNotMix() {
        rates.rates(5, t0, List.of(ether("ether1", 0, 0)));
        assertThat(rates.rates(6, t0.plusSeconds(1), List.of(ether("ether1", 1_000, 1_000)))).isEmpty();
    }
}
