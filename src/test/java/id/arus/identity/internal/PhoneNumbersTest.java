package id.arus.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "0812-3456-7890,        +6281234567890",
            "081234567890,          +6281234567890",
            "+62 812 3456 7890,     +6281234567890",
            "62 812-3456-7890,      +6281234567890",
            "0062 812 3456 7890,    +6281234567890",
            "+62 0812 3456 7890,    +6281234567890",
            "812 3456 7890,         +6281234567890",
            "(021) 555-1234,        +62215551234",
            "+62 (21) 5551 2345,    +622155512345",
            "0274.512345,           +62274512345"
    })
    void normalisesTheWaysPeopleWriteIndonesianNumbers(String input, String expected) {
        assertThat(PhoneNumbers.normalise(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "12345", "+1 415 555 0100", "+44 20 7946 0958", "0012345678",
            "08123", "081234567890123456", "+62 1234 5678"})
    void refusesWhatIsNotAnIndonesianNumber(String input) {
        assertThat(PhoneNumbers.normalise(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+6281234567890"})
    void keepsANormalisedNumberAsItIs(String input) {
        assertThat(PhoneNumbers.normalise(input)).contains(input);
    }
}
