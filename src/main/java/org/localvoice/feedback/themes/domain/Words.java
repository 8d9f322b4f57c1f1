package org.localvoice.feedback.themes.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a view as the suggestion model counts them: Lucene's English analysis (lower case,
 * possessives dropped, Porter stems, so "waited", "waiting" and "wait" count as one word), without the
 * commonest function words but keeping "no" and "not", which carry sentiment.
 */
final class Words {

    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Analyzer ANALYZER = new EnglishAnalyzer(STOP_WORDS);

    private Words() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() > 1) {
                    words.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.size(), true);
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            String w = new String((char[]) word);
            if (!w.equals("no") && !w.equals("not")) {
                set.add(w);
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
