package org.localvoice.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.localvoice.feedback.domain.PersonalDataDetector.Kind;
import org.localvoice.feedback.domain.PersonalDataDetector.Span;

class PersonalDataDetectorTests {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    /** Valid NHS numbers made from random first nine digits (those whose check digit would be 10 are skipped). */
    static Stream<String> validNhsNumbers() {
        Random random = new Random(20261125);
        return Stream.generate(() -> String.format("%09d", random.nextInt(1_000_000_000)))
                .filter(nine -> NhsNumbers.checkDigit(nine) >= 0)
                .map(nine -> nine + NhsNumbers.checkDigit(nine)).limit(200);
    }

    /** The same numbers with the check digit changed: never valid. */
    static Stream<Arguments> invalidNhsNumbers() {
        return validNhsNumbers().flatMap(valid -> IntStream.range(1, 10).mapToObj(d -> {
            int wrong = (valid.charAt(9) - '0' + d) % 10;
            return Arguments.of(valid.substring(0, 9) + wrong);
        })).limit(600);
    }

    @ParameterizedTest
    @MethodSource("validNhsNumbers")
    void aValidNhsNumberIsFoundWrittenTogetherOrInThreeGroups(String number) {
        String grouped = number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6);
        assertThat(NhsNumbers.valid(number)).isTrue();
        assertThat(detector.find("My NHS number is " + number + ".")).extracting(Span::kind).contains(Kind.NHS_NUMBER);
        assertThat(detector.find("NHS no. " + grouped + " please")).extracting(Span::kind).contains(Kind.NHS_NUMBER);
    }

    @ParameterizedTest
    @MethodSource("invalidNhsNumbers")
    void tenDigitsFailingTheModulus11CheckAreNotAnNhsNumber(String number) {
        assertThat(NhsNumbers.valid(number)).isFalse();
        assertThat(detector.find("Reference " + number)).extracting(Span::kind).doesNotContain(Kind.NHS_NUMBER);
    }

    @Test
    void theNhsDigitalExampleNumberIsValid() {
        assertThat(NhsNumbers.valid("9434765919")).isTrue();
        assertThat(NhsNumbers.valid("9434765918")).isFalse();
        assertThat(NhsNumbers.valid("943476591")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dr Patel was lovely | Patel | NAME",
        "I saw Mrs. Khan today | Khan | NAME",
        "the nurse Jenny Smith helped | Jenny Smith | NAME",
        "Sister O'Brien was kind | O'Brien | NAME",
        "write to sam.jones@example.org now | sam.jones@example.org | EMAIL",
        "ring 07700 900982 after six | 07700 900982 | PHONE",
        "ring +44 7700 900982 after six | +44 7700 900982 | PHONE",
        "call 0161-496-0000 for the ward | 0161-496-0000 | PHONE",
        "I live at M33 7ZF near the park | M33 7ZF | POSTCODE",
        "we are at 14 Marsland Road in Sale | 14 Marsland Road | ADDRESS",
        "his date of birth: 03/04/1941 was wrong | 03/04/1941 | DATE_OF_BIRTH",
        "she was born on 3rd April 1941 in Sale | 3rd April 1941 | DATE_OF_BIRTH",
    })
    void findsEachKindOfPersonalData(String text, String expected, Kind kind) {
        List<Span> found = detector.find(text);
        assertThat(found).anySatisfy(s -> {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(expected);
            assertThat(s.kind()).isEqualTo(kind);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The doctor was very kind and the nurses were lovely",
        "I waited 3 hours on 12/03/2022 for the appointment",
        "Ward 4 was clean and the food was good",
        "The receptionist was rude",
    })
    void plainFeedbackHasNothingToRedact(String text) {
        assertThat(detector.find(text)).isEmpty();
    }

    @Test
    void redactingReplacesEveryFindAndKeepsTheRest() {
        String text = "Dr Patel said call 07700 900982 or email a@b.org.";
        assertThat(PersonalDataDetector.redact(text, detector.find(text)))
                .isEqualTo("Dr [removed] said call [removed] or email [removed].");
    }

    @Test
    void overlappingFindsAreMergedIntoOneSpan() {
        List<Span> spans = detector.find("Dr Sam Jones 0161 496 0000");
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }
}
