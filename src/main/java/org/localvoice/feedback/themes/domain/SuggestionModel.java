package org.localvoice.feedback.themes.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests themes and a sentiment for a view's text: one naive Bayes model over themes (with "no theme"
 * as a class of its own, for texts like "Did not answer") and one over sentiment. It suggests the most
 * likely theme when it is likely enough (and is not "no theme"), then any other theme at least {@link #RELATIVE} as likely, at
 * most {@link #MAX_THEMES}. Every suggested theme carries the view's overall sentiment. Built once, then
 * read-only and safe to share.
 */
final class SuggestionModel {

    static final String NO_THEME = "";
    static final double MIN_SCORE = 0.4;
    static final double RELATIVE = 0.35;
    static final int MAX_THEMES = 3;

    private final double minScore;
    private final double relative;
    private final NaiveBayes themes = new NaiveBayes();
    private final NaiveBayes sentiments = new NaiveBayes();
    private int examples;

    SuggestionModel() {
        this(MIN_SCORE, RELATIVE);
    }

    /** With other cut-offs, to tune them. */
    SuggestionModel(double minScore, double relative) {
        this.minScore = minScore;
        this.relative = relative;
    }

    /** Learns from labelled views; {@code weight} counts each as that many views (a network's own count more). */
    SuggestionModel learn(Iterable<LabelledView> views, double weight) {
        for (LabelledView v : views) {
            List<String> words = Words.of(v.text());
            themes.learn(words, v.themeCodes().isEmpty() ? Set.of(NO_THEME) : v.themeCodes(), weight);
            if (v.sentiment() != null) {
                sentiments.learn(words, Set.of(v.sentiment().name()), weight);
            }
            examples++;
        }
        return this;
    }

    int examples() {
        return examples;
    }

    List<Suggestion> suggest(String text) {
        List<String> words = Words.of(text);
        List<Suggestion> suggestions = new ArrayList<>();
        if (!themes.knows(words)) {
            return suggestions;
        }
        List<Map.Entry<String, Double>> ranked = List.copyOf(themes.posterior(words).entrySet());
        double top = ranked.get(0).getValue();
        if (NO_THEME.equals(ranked.get(0).getKey()) || top < minScore) {
            return suggestions;
        }
        Sentiment sentiment = sentiment(words);
        for (Map.Entry<String, Double> e : ranked) {
            if (suggestions.size() == MAX_THEMES || e.getValue() < top * relative) {
                break;
            }
            if (!NO_THEME.equals(e.getKey())) {
                suggestions.add(new Suggestion(e.getKey(), sentiment, e.getValue(), themes.evidence(words, e.getKey(), 3)));
            }
        }
        return suggestions;
    }

    Sentiment sentiment(String text) {
        return sentiment(Words.of(text));
    }

    private Sentiment sentiment(List<String> words) {
        return sentiments.posterior(words).keySet().stream().findFirst().map(Sentiment::valueOf).orElse(Sentiment.NEUTRAL);
    }
}
