package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NasRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "192.168.88.1", "255.255.255.255", "nas1", "nas1.isp.example",
            "core-bdg-01.rtrw.net.id", "fe80::1", "2001:db8::10", "::ffff:10.0.0.1"})
    void acceptsAddressesAndHostNames(String host) {
        assertThat(NasRules.validHost(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "10.0.0", "10.0.0.1.5", "nas_1.example", "-nas.example", "nas..example",
            "nas.example.", "10.0.0.1:8728", "http://10.0.0.1", "2001:db8::zz", "nas 1", "gateway.local'--"})
    void refusesWhatIsNeitherAnAddressNorAHostName(String host) {
        assertThat(NasRules.validHost(host)).isFalse();
    }
}
