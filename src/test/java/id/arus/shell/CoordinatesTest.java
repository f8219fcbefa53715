package id.arus.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.shared.GeoPoint;
import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void readsThePairsPeoplePaste() {
        assertThat(Coordinates.parse("-6.2, 106.816666")).contains(new GeoPoint(-6.2, 106.816666));
        assertThat(Coordinates.parse("-6.2,106.8")).contains(new GeoPoint(-6.2, 106.8));
        assertThat(Coordinates.parse("  -7.25 112.75 ")).contains(new GeoPoint(-7.25, 112.75));
        assertThat(Coordinates.parse("+1;2")).contains(new GeoPoint(1, 2));
    }

    @Test
    void refusesWhatIsNoPlace() {
        assertThat(Coordinates.parse(null)).isEmpty();
        assertThat(Coordinates.parse("")).isEmpty();
        assertThat(Coordinates.parse("Jl. Sudirman 1, Jakarta")).isEmpty();
        assertThat(Coordinates.parse("106.8, -6.2x")).isEmpty();
        assertThat(Coordinates.parse("91, 10")).isEmpty();
        assertThat(Coordinates.parse("10, 181")).isEmpty();
        assertThat(Coordinates.parse("-6.2")).isEmpty();
    }

    @Test
    void formatsSoThatParsingGivesThePointBack() {
        GeoPoint point = new GeoPoint(-6.123456, 106.654321);
        assertThat(Coordinates.format(point)).isEqualTo("-6.123456, 106.654321");
        assertThat(Coordinates.parse(Coordinates.format(point))).contains(point);
        assertThat(Coordinates.format(null)).isEmpty();
    }
}
