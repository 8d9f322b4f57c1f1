package org.localvoice.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertThat(POLICY.blockListSize()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "qwertyuiopas", "123456789012", "iloveyou1234",
            "PASSWORDPASSWORD", "1qaz2wsx3edc"})
    void rejectsCommonPasswordsWhateverTheirCase(String password) {
        assertThat(POLICY.check(password)).hasValue("password.tooCommon");
    }

    @Test
    void rejectsShortAndOverlongPasswords() {
        assertThat(POLICY.check("short-pass1")).hasValue("password.tooShort");
        assertThat(POLICY.check(null)).hasValue("password.tooShort");
        assertThat(POLICY.check("x".repeat(129))).hasValue("password.tooLong");
    }

    @Test
    void acceptsLongUncommonPassphrases() {
        assertThat(POLICY.check("Tulip-Ferry-Quartz-41")).isEmpty();
        assertThat(POLICY.check("local-voice-demo")).isEmpty();
        assertThat(POLICY.check("x".repeat(128))).isEmpty();
    }
}
