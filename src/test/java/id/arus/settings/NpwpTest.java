package id.arus.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NpwpTest {

    @Test
    void acceptsFifteenOrSixteenBareDigits() {
        assertThat(Npwp.isValid("012345678901000")).isTrue();
        assertThat(Npwp.isValid("3174012345670001")).isTrue();
        assertThat(Npwp.isValid("  012345678901000 ")).isTrue();
    }

    @Test
    void acceptsTheClassicLayout() {
        assertThat(Npwp.isValid("01.234.567.8-901.000")).isTrue();
        assertThat(Npwp.normalize("01.234.567.8-901.000")).isEqualTo("012345678901000");
    }

    @Test
    void refusesOtherLengthsLettersAndLooseLayouts() {
        assertThat(Npwp.isValid("01234567890100")).isFalse();      // 14 digits
        assertThat(Npwp.isValid("01234567890100012")).isFalse();   // 17 digits
        assertThat(Npwp.isValid("01.234.567.8-901.00")).isFalse(); // layout with a digit missing
        assertThat(Npwp.isValid("01-234-567-8-901-000")).isFalse(); // wrong punctuation
        assertThat(Npwp.isValid("0123456789010a0")).isFalse();
        assertThat(Npwp.isValid("")).isFalse();
        assertThat(Npwp.isValid(null)).isFalse();
        assertThatThrownBy(() -> Npwp.normalize("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsFifteenDigitsInTheClassicLayoutAndLeavesSixteenAsTheyAre() {
        assertThat(Npwp.format("012345678901000")).isEqualTo("01.234.567.8-901.000");
        assertThat(Npwp.format("3174012345670001")).isEqualTo("3174012345670001");
        assertThat(Npwp.format(null)).isNull();
    }

    @Test
    void settingsRulesTreatABlankNpwpAsNotGivenButAWrongOneAsAnError() {
        assertThat(SettingsRules.npwp("")).isEmpty();
        assertThat(SettingsRules.npwp(null)).isEmpty();
        assertThat(SettingsRules.npwp("12.345")).contains("settings.error.npwp");
        assertThat(SettingsRules.check(new CompanyProfile("PT Arus", "", "12.345")))
                .containsExactly(new SettingsViolation("npwp", "settings.error.npwp"));
    }
}
