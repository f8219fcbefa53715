package id.arus.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PortalSignUpLocationTest {

    @Test
    void readsTheFormsPeoplePasteFromMapApps() {
        assertThat(PortalSignUp.location("-6.914700,107.609800")).isEqualTo(new GeoPoint(-6.9147, 107.6098));
        assertThat(PortalSignUp.location(" -6.9147, 107.6098 ")).isEqualTo(new GeoPoint(-6.9147, 107.6098));
        assertThat(PortalSignUp.location("-6.9147 107.6098")).isEqualTo(new GeoPoint(-6.9147, 107.6098));
        assertThat(PortalSignUp.location("  ")).isNull();
    }

    @Test
    void refusesTextThatIsNoPairOfCoordinatesOnTheLocationField() {
        for (String bad : new String[] {"Bandung", "-6.9", "1,2,3", "abc,def", "-96.0,107.0"}) {
            assertThatThrownBy(() -> PortalSignUp.location(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("location"));
        }
    }
}
