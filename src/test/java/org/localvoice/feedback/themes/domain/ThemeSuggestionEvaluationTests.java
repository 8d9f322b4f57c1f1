package org.localvoice.feedback.themes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How good the suggestions are, measured on held-back data: the shipped comments are shuffled with a
 * fixed seed, 80% train the model and the other 20% are suggested for and compared with what NHS
 * England's coders decided. Prints the figures (they are in docs/decisions/0020-theme-suggestions.md);
 * fails when they fall below what that record promises.
 */
class ThemeSuggestionEvaluationTests {

    static final long SEED = 20261125L;
    private static final Logger log = LoggerFactory.getLogger(ThemeSuggestionEvaluationTests.class);

    static List<LabelledView> training;
    static List<LabelledView> heldBack;
    static SuggestionModel model;

    @BeforeAll
    static void split() {
        List<LabelledView> all = new ArrayList<>(SeedComments.all());
        Collections.shuffle(all, new Random(SEED));
        int cut = all.size() * 4 / 5;
        training = all.subList(0, cut);
        heldBack = all.subList(cut, all.size());
        model = new SuggestionModel().learn(training, 1);
    }

    @Test
    void themeSuggestionsAreMostlyRightAndFindMostThemes() {
        int suggested = 0;
        int correct = 0;
        int actual = 0;
        int withTheme = 0;
        int topRight = 0;
        int silentRight = 0;
        int noTheme = 0;
        for (LabelledView v : heldBack) {
            List<String> codes = model.suggest(v.text()).stream().map(Suggestion::themeCode).toList();
            suggested += codes.size();
            correct += (int) codes.stream().filter(v.themeCodes()::contains).count();
            actual += v.themeCodes().size();
            if (v.themeCodes().isEmpty()) {
                noTheme++;
                silentRight += codes.isEmpty() ? 1 : 0;
            } else {
                withTheme++;
                topRight += !codes.isEmpty() && v.themeCodes().contains(codes.get(0)) ? 1 : 0;
            }
        }
        double precision = (double) correct / suggested;
        double recall = (double) correct / actual;
        log.info("Themes on {} held-back views ({} trained): precision {}, recall {}, F1 {}; first suggestion right for {} of views "
                        + "with a theme; no suggestion for {} of views with none",
                heldBack.size(), training.size(), pct(precision), pct(recall), pct(2 * precision * recall / (precision + recall)),
                pct((double) topRight / withTheme), pct((double) silentRight / noTheme));
        assertThat(precision).as("theme precision").isGreaterThan(0.58);
        assertThat(recall).as("theme recall").isGreaterThan(0.48);
    }

    @Test
    void sentimentIsRightForMostViews() {
        Map<Sentiment, int[]> counts = new EnumMap<>(Sentiment.class);
        for (Sentiment s : Sentiment.values()) {
            counts.put(s, new int[3]); // predicted, actual, both
        }
        int right = 0;
        int total = 0;
        for (LabelledView v : heldBack) {
            if (v.sentiment() == null) {
                continue;
            }
            Sentiment predicted = model.sentiment(v.text());
            counts.get(predicted)[0]++;
            counts.get(v.sentiment())[1]++;
            if (predicted == v.sentiment()) {
                counts.get(predicted)[2]++;
                right++;
            }
            total++;
        }
        double accuracy = (double) right / total;
        log.info("Sentiment on {} held-back views: accuracy {}; {}", total, pct(accuracy), counts.entrySet().stream()
                .map(e -> e.getKey() + " precision " + pct((double) e.getValue()[2] / e.getValue()[0]) + " recall "
                        + pct((double) e.getValue()[2] / e.getValue()[1]) + " (" + e.getValue()[1] + " views)")
                .collect(Collectors.joining("; ")));
        assertThat(accuracy).as("sentiment accuracy").isGreaterThan(0.75);
    }

    @Test
    void theSplitIsTheSameEveryRun() {
        assertThat(heldBack).hasSize(1299);
        assertThat(Set.copyOf(heldBack)).doesNotContainAnyElementsOf(training);
    }

    private static String pct(double d) {
        return String.format("%.1f%%", 100 * d);
    }
}
