package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DesiredRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"10M", "512k/1M", "10M/20M", "10M/20M 15M/25M", "10M/20M 15M/25M 8M/16M 8/8",
            "10M/20M 15M/25M 8M/16M 8s/8s 5", "10M/20M 15M/25M 8M/16M 8/8 5 5M/10M", "1000000/2000000", "1G/1G"})
    void acceptsEveryFormOfRouterOsRateLimit(String rateLimit) {
        assertThat(DesiredRules.rateLimit("PPP profile 'x'", rateLimit)).isEqualTo(rateLimit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 Mbps", "10M/20M/30M", "10M/20M 15M/25M 8M/16M 8/8 9", "fast", "10M-20M", "10M/20M 15M/25M 8M/16M 8/8 5 5M/10M 1"})
    void refusesWhatRouterOsWouldNotTakeAndSaysHowToWriteIt(String rateLimit) {
        assertThatThrownBy(() -> DesiredRules.rateLimit("PPP profile 'x'", rateLimit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PPP profile 'x'").hasMessageContaining(rateLimit).hasMessageContaining("10M/20M");
    }

    @Test
    void noRateLimitIsNoLimit() {
        assertThat(DesiredRules.rateLimit("x", " ")).isNull();
        assertThat(DesiredRules.rateLimit("x", null)).isNull();
    }

    @Test
    void addressesAndNetworksAreChecked() {
        assertThat(DesiredRules.address("q", "a target", "10.9.0.0/24")).isEqualTo("10.9.0.0/24");
        assertThat(DesiredRules.address("q", "a target", " 10.9.0.2 ")).isEqualTo("10.9.0.2");
        assertThat(DesiredRules.address("q", "a target", "2001:db8::1/64")).isEqualTo("2001:db8::1/64");
        for (String bad : new String[] {"10.9.0.256", "10.9.0/24", "10.9.0.0/33", "host.example", "10.9.0.1/x"}) {
            assertThatThrownBy(() -> DesiredRules.address("Simple queue 'q'", "a target", bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> DesiredRules.hostAddress("PPP secret 'a'", "remote address", "10.9.0.0/24"))
                .hasMessageContaining("without /prefix");
    }

    @Test
    void profileAddressesMayNameAPool() {
        assertThat(DesiredRules.addressOrPool("p", "remote address", "pool-10m")).isEqualTo("pool-10m");
        assertThat(DesiredRules.addressOrPool("p", "local address", "10.9.0.1")).isEqualTo("10.9.0.1");
        assertThatThrownBy(() -> DesiredRules.addressOrPool("p", "local address", "10.9.0.300")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAreNotBlankNorLookLikeAnInternalIdNorHoldControlCharacters() {
        assertThat(DesiredRules.name("A PPP secret", "budi santoso")).isEqualTo("budi santoso");
        assertThatThrownBy(() -> DesiredRules.name("A PPP secret", " ")).hasMessage("A PPP secret needs a name");
        assertThatThrownBy(() -> DesiredRules.name("A PPP secret", "*1")).hasMessageContaining("internal id");
        assertThatThrownBy(() -> DesiredRules.name("A PPP secret", "a\nb")).hasMessageContaining("control character");
        assertThatThrownBy(() -> DesiredRules.name("A PPP secret", "x".repeat(101))).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> DesiredRules.name("A PPP secret", "budi ")).hasMessageContaining("space");
        assertThatThrownBy(() -> DesiredRules.listName("An address-list entry", "iso lir")).hasMessageContaining("without spaces");
    }

    @Test
    void queueRatesAreUploadSlashDownload() {
        assertThat(DesiredRules.ratePair("q", "max-limit", "5M/10M")).isEqualTo("5M/10M");
        assertThat(DesiredRules.timePair("q", "burst-time", "8s/8s")).isEqualTo("8s/8s");
        assertThatThrownBy(() -> DesiredRules.ratePair("Simple queue 'q'", "max-limit", "10M")).hasMessageContaining("upload/download");
        assertThatThrownBy(() -> DesiredRules.timePair("Simple queue 'q'", "burst-time", "soon")).hasMessageContaining("8s/8s");
    }
}
