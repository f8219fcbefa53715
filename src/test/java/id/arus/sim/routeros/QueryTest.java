package id.arus.sim.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTest {

    private final Map<String, String> budi = Map.of(".id", "*A", "name", "budi", "profile", "paket-10m", "disabled", "false", "rx", "1500");
    private final Map<String, String> sari = Map.of(".id", "*1F", "name", "sari", "profile", "paket-20m", "disabled", "true", "comment", "vip");

    private boolean matches(Map<String, String> record, String... words) {
        return Query.of(List.of(words)).matches(record);
    }

    @Test
    void matchesEverythingWithoutWords() {
        assertThat(matches(budi)).isTrue();
    }

    @Test
    void comparesEqualityPresenceAndAbsence() {
        assertThat(matches(budi, "?name=budi")).isTrue();
        assertThat(matches(sari, "?name=budi")).isFalse();
        assertThat(matches(sari, "?comment")).isTrue();
        assertThat(matches(budi, "?comment")).isFalse();
        assertThat(matches(budi, "?-comment")).isTrue();
        assertThat(matches(budi, "?comment=")).as("an absent property equals empty").isTrue();
    }

    @Test
    void comparesNumbersAndIdsAsNumbers() {
        assertThat(matches(budi, "?>rx=999")).isTrue();
        assertThat(matches(budi, "?<rx=999")).isFalse();
        assertThat(matches(sari, "?>.id=*A")).as("*1F > *A in hex").isTrue();
        assertThat(matches(budi, "?<name=c")).isTrue();
        assertThat(matches(sari, "?>rx=0")).as("missing property never compares").isFalse();
    }

    @Test
    void andsWhatIsLeftOnTheStack() {
        assertThat(matches(budi, "?name=budi", "?disabled=false")).isTrue();
        assertThat(matches(budi, "?name=budi", "?disabled=true")).isFalse();
    }

    @Test
    void runsStackOperations() {
        assertThat(matches(sari, "?name=budi", "?name=sari", "?#|")).isTrue();
        assertThat(matches(sari, "?name=budi", "?name=eko", "?#|")).isFalse();
        assertThat(matches(budi, "?name=budi", "?#!")).isFalse();
        assertThat(matches(budi, "?name=budi", "?disabled=true", "?#&")).isFalse();
        assertThat(matches(budi, "?profile=paket-10m", "?profile=paket-20m", "?#|!")).isFalse();
        assertThat(matches(budi, "?name=budi", "?#.&")).as("dot duplicates the top").isTrue();
        assertThat(matches(budi, "?name=budi", "?name=x", "?#0|")).as("0 copies the bottom value").isTrue();
    }

    @Test
    void refusesWhatRouterOsDoesNotUnderstand() {
        assertThatThrownBy(() -> Query.of(List.of("?#~"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Query.of(List.of("name=x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matches(budi, "?#|")).isInstanceOf(IllegalArgumentException.class);
    }
}
