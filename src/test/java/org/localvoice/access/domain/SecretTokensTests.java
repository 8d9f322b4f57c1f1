package org.localvoice.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTests {

    @Test
    void hashesWithSha256InLowerCaseHex() {
        assertThat(SecretTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void apiTokensAreThePrefixAnd32RandomBytesInBase64Url() {
        String token = SecretTokens.generate(ApiTokens.PREFIX);
        assertThat(token).startsWith("lv_").hasSize(3 + 43).matches("lv_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token.substring(3))).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(SecretTokens.generate(""))).isTrue();
        }
    }

    @Test
    void theHashDiffersFromTheTokenAndDependsOnEveryCharacter() {
        String token = SecretTokens.generate("lv_");
        String changed = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(SecretTokens.hash(token)).hasSize(64).doesNotContain(token.substring(3))
                .isNotEqualTo(SecretTokens.hash(changed)).isEqualTo(SecretTokens.hash(token));
    }
}
