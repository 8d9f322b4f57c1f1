package org.localvoice.directory.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are matched: lower case, accents and apostrophes dropped, every other run of characters
 * that are not letters or digits becomes one space. "St John's Court" is searched as "st johns court".
 */
public final class SearchText {

    public static final int MAX_WORD = 60;
    public static final int MAX_QUERY_WORDS = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = OTHER.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return s.trim();
    }

    /** The name as stored for sorting and prefix search, cut to {@code max} characters. */
    public static String searchName(String name, int max) {
        String s = normalise(name);
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** The distinct words of the given names, each at most {@value #MAX_WORD} characters. */
    public static Set<String> words(String... names) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : names) {
            for (String w : normalise(name).split(" ")) {
                if (!w.isEmpty()) {
                    words.add(w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w);
                }
            }
        }
        return words;
    }

    /** The words of a search, at most {@value #MAX_QUERY_WORDS}, longest first (most selective). */
    public static List<String> queryWords(String query) {
        List<String> words = new ArrayList<>(words(query));
        words.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return words.size() > MAX_QUERY_WORDS ? words.subList(0, MAX_QUERY_WORDS) : words;
    }
}
