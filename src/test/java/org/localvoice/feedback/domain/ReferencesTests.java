package org.localvoice.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReferencesTests {

    static Stream<String> generated() {
        References references = new References(new Random(42));
        return IntStream.range(0, 300).mapToObj(i -> references.next(i % 2 == 0 ? "trafford" : "barnet"));
    }

    @ParameterizedTest
    @MethodSource("generated")
    void aNewReferenceHasTheNetworksPrefixAndAValidCheckCharacter(String reference) {
        assertThat(reference).matches("(TRA|BAR)-[2-9A-HJKMNP-TV-Y]{4}-[2-9A-HJKMNP-TV-Y]{2}");
        assertThat(References.valid(reference)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("generated")
    void everyOneCharacterMistakeIsCaught(String reference) {
        for (int position : new int[] {4, 5, 6, 7, 9, 10}) {
            for (char c : References.ALPHABET.toCharArray()) {
                if (c != reference.charAt(position)) {
                    String typo = reference.substring(0, position) + c + reference.substring(position + 1);
                    assertThat(References.valid(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("generated")
    void swappingTwoNeighbouringCharactersIsCaught(String reference) {
        String body = reference.substring(4, 8) + reference.charAt(9);
        for (int i = 0; i < 4; i++) {
            if (body.charAt(i) != body.charAt(i + 1)) {
                char[] swapped = body.toCharArray();
                swapped[i] = body.charAt(i + 1);
                swapped[i + 1] = body.charAt(i);
                String s = new String(swapped);
                String typo = reference.substring(0, 4) + s.substring(0, 4) + "-" + s.charAt(4) + reference.charAt(10);
                assertThat(References.valid(typo)).as(typo).isFalse();
            }
        }
    }

    @Test
    void referencesAreTidiedAsTypedAndRarelyRepeat() {
        assertThat(References.normalise(" tra-7k3m-q9 ")).isEqualTo("TRA-7K3M-Q9");
        assertThat(References.valid("TRA-0000-00")).isFalse();
        assertThat(References.prefix("a")).isEqualTo("AXX");
        Set<String> seen = new HashSet<>();
        References references = new References(new Random(7));
        IntStream.range(0, 10_000).forEach(i -> seen.add(references.next("trafford")));
        assertThat(seen).hasSizeGreaterThan(9_990);
    }
}
