package org.localvoice.feedback.themes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionModelTests {

    static SuggestionModel model;

    @BeforeAll
    static void learn() {
        model = new SuggestionModel().learn(SeedComments.all(), 1);
    }

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The food was cold and tasteless.                                 | food-and-drink-provision-and-facilities | NEGATIVE
            I waited four hours for the ambulance, far too long.             | timeliness-of-care                   | NEGATIVE
            Could not get through on the phone to book, engaged for hours.   | contacting-services                  | NEGATIVE
            The driver was on time and very kind.                            | staff-manner-and-personal-attributes | POSITIVE
            Thank you, everyone was wonderful.                               | positive-experience-and-gratitude    | POSITIVE
            """)
    void suggestsTheThemeTheWordsPointTo(String text, String theme, Sentiment sentiment) {
        List<Suggestion> suggested = model.suggest(text);
        assertThat(suggested).extracting(Suggestion::themeCode).contains(theme);
        assertThat(suggested).allSatisfy(s -> assertThat(s.sentiment()).isEqualTo(sentiment));
        assertThat(suggested).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
        assertThat(suggested.size()).isLessThanOrEqualTo(SuggestionModel.MAX_THEMES);
    }

    @Test
    void saysNothingWhenTheTextGivesNothingToGoOn() {
        assertThat(model.suggest("")).isEmpty();
        assertThat(model.suggest("zzzz qqqq")).isEmpty();
        assertThat(model.suggest("Did not answer")).isEmpty();
    }

    @Test
    void explainsASuggestionWithTheTextsOwnWordsStemmed() {
        Suggestion first = model.suggest("I waited four hours for the ambulance, far too long.").get(0);
        assertThat(first.why()).isNotEmpty().containsAnyOf("wait", "hour", "long");
    }

    @Test
    void aNetworksOwnConfirmedViewsTeachItsModel() {
        String text = "The car park barrier ate my ticket again";
        assertThat(model.suggest(text)).extracting(Suggestion::themeCode).doesNotContain("parking");
        List<LabelledView> own = java.util.stream.IntStream.range(0, 40).mapToObj(i -> new LabelledView("v" + i,
                "Car park full, barrier broken, ticket machine " + i, Set.of("parking"), Sentiment.NEGATIVE)).toList();
        SuggestionModel network = new SuggestionModel().learn(SeedComments.all(), 1).learn(own, ThemeSuggester.OWN_WEIGHT);
        assertThat(network.suggest(text)).extracting(Suggestion::themeCode).first().isEqualTo("parking");
    }

    @Test
    void wordsAreStemmedAndKeepNegations() {
        assertThat(Words.of("Not waiting; they waited!")).containsExactly("not", "wait", "wait");
    }
}
