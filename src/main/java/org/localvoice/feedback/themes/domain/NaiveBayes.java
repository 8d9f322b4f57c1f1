package org.localvoice.feedback.themes.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial naive Bayes over words with add-one smoothing: how likely each label is given the words of a
 * text, from labelled examples. A text with several labels counts once for each. Not thread-safe while
 * learning; read-only (and safe to share) once built.
 */
final class NaiveBayes {

    private static final double SMOOTHING = 1.0;

    private final Map<String, Double> documents = new HashMap<>();
    private final Map<String, Map<String, Double>> wordCounts = new HashMap<>();
    private final Map<String, Double> wordTotals = new HashMap<>();
    private final Map<String, Double> vocabulary = new HashMap<>();
    private double totalDocuments;
    private double totalWords;

    void learn(List<String> words, Collection<String> labels, double weight) {
        for (String label : labels) {
            documents.merge(label, weight, Double::sum);
            totalDocuments += weight;
            Map<String, Double> counts = wordCounts.computeIfAbsent(label, l -> new HashMap<>());
            for (String w : words) {
                counts.merge(w, weight, Double::sum);
                wordTotals.merge(label, weight, Double::sum);
                vocabulary.merge(w, weight, Double::sum);
                totalWords += weight;
            }
        }
    }

    /** Each label's probability given the words, highest first; empty before any learning. */
    Map<String, Double> posterior(List<String> words) {
        Map<String, Double> logs = new HashMap<>();
        for (String label : documents.keySet()) {
            double log = Math.log(documents.get(label) / totalDocuments);
            for (String w : words) {
                if (vocabulary.containsKey(w)) {
                    log += logLikelihood(label, w);
                }
            }
            logs.put(label, log);
        }
        double max = logs.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = logs.values().stream().mapToDouble(l -> Math.exp(l - max)).sum();
        Map<String, Double> posterior = new LinkedHashMap<>();
        logs.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> posterior.put(e.getKey(), Math.exp(e.getValue() - max) / sum));
        return posterior;
    }

    /** The words of the text that point most to the label (most likely under it compared with all texts). */
    List<String> evidence(List<String> words, String label, int limit) {
        return words.stream().distinct().filter(vocabulary::containsKey)
                .filter(w -> lift(label, w) > 0)
                .sorted(Comparator.comparingDouble((String w) -> lift(label, w)).reversed())
                .limit(limit).toList();
    }

    boolean knows(List<String> words) {
        return words.stream().anyMatch(vocabulary::containsKey);
    }

    private double lift(String label, String word) {
        double overall = Math.log((vocabulary.get(word) + SMOOTHING) / (totalWords + SMOOTHING * vocabulary.size()));
        return logLikelihood(label, word) - overall;
    }

    private double logLikelihood(String label, String word) {
        double count = wordCounts.get(label).getOrDefault(word, 0.0);
        return Math.log((count + SMOOTHING) / (wordTotals.getOrDefault(label, 0.0) + SMOOTHING * vocabulary.size()));
    }
}
