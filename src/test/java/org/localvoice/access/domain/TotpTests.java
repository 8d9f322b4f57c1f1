package org.localvoice.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    /** The SHA-1 seed of RFC 6238, appendix B, in base32. */
    static final String RFC_SECRET = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void codesMatchTheRfc6238TestVectorsCutToSixDigits(long epochSeconds, String expected) {
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(epochSeconds)))).isEqualTo(expected);
    }

    @Test
    void acceptsTheCodesOfThePreviousCurrentAndNextStepOnly() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, null)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, null)).isEmpty();
    }

    @Test
    void rejectsACodeOfTheLastAcceptedStepOrEarlier() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        String code = Totp.code(RFC_SECRET, step);
        assertThat(Totp.matchingStep(RFC_SECRET, code, now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void toleratesSpacesAndHyphensButNothingElse() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now, null)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "287-082", now, null)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "28708", now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "2870821", now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, null)).isEmpty();
    }

    @Test
    void newSecretsAreRandomBase32Of160Bits() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
        assertThat(new Base32().decode(secret)).hasSize(20);
    }

    @Test
    void groupsTheSecretInFours() {
        assertThat(Totp.grouped("JBSWY3DPEHPK3PXP")).isEqualTo("JBSW Y3DP EHPK 3PXP");
        assertThat(Totp.grouped("JBSWY3DPEH")).isEqualTo("JBSW Y3DP EH");
    }

    @Test
    void buildsTheKeyUriAuthenticatorAppsRead() {
        assertThat(Totp.uri("Local Voice", "mo@trafford.example", "JBSWY3DPEHPK3PXP")).isEqualTo(
                "otpauth://totp/Local%20Voice:mo%40trafford.example?secret=JBSWY3DPEHPK3PXP&issuer=Local%20Voice"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
