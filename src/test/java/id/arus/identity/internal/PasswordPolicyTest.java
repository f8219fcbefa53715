package id.arus.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongUnrelatedPassphrase() {
        assertThat(PasswordPolicy.violations("kopi tubruk pagi hari", "budi", "budi@example.id")).isEmpty();
    }

    @Test
    void refusesPasswordsShorterThanTenCharacters() {
        assertThat(PasswordPolicy.violations("Xy7!kq2", "budi", "budi@example.id")).containsExactly("password.tooShort");
        assertThat(PasswordPolicy.violations("Xy7!kq2mz9", "budi", "budi@example.id")).isEmpty();
    }

    @Test
    void refusesTheUsernameInAnyCaseOrDisguise() {
        assertThat(PasswordPolicy.violations("budisantoso", "budisantoso", "x@example.id")).contains("password.containsUsername");
        assertThat(PasswordPolicy.violations("BudiSantoso2024", "budisantoso", "x@example.id")).contains("password.containsUsername");
    }

    @Test
    void refusesTheMailboxNameOfTheEmail() {
        assertThat(PasswordPolicy.violations("santoso.budi!!", "admin7", "santoso.budi@example.id"))
                .containsExactly("password.containsEmail");
    }

    @Test
    void refusesCommonPasswordsAndRuns() {
        assertThat(PasswordPolicy.violations("Password123", "budi", null)).containsExactly("password.tooCommon");
        assertThat(PasswordPolicy.violations("bismillah123", "budi", null)).containsExactly("password.tooCommon");
        assertThat(PasswordPolicy.violations("9876543210", "budi", null)).containsExactly("password.tooCommon");
    }

    @Test
    void refusesRepeatedCharacters() {
        assertThat(PasswordPolicy.violations("abababababab", "budi", null)).containsExactly("password.tooSimple");
    }

    @Test
    void refusesEmptyAndOverlongPasswords() {
        assertThat(PasswordPolicy.violations("", "budi", null)).containsExactly("password.required");
        assertThat(PasswordPolicy.violations(null, "budi", null)).containsExactly("password.required");
        assertThat(PasswordPolicy.violations("kX9!".repeat(33), "budi", null)).containsExactly("password.tooLong");
    }
}
