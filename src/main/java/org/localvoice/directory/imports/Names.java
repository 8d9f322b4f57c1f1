package org.localvoice.directory.imports;

import java.util.Locale;
import java.util.Set;

/** Display forms of the upper-case names in NHS ODS files: "THE DENSHAM SURGERY" becomes "The Densham Surgery". */
final class Names {

    private static final Set<String> UPPER = Set.of("NHS", "GP", "GPS", "ICB", "UK", "CIC", "PCN", "LLP", "CCG", "PCT",
            "II", "III", "IV");
    private static final Set<String> LOWER = Set.of("and", "of", "the", "for", "on", "upon", "in", "at", "by", "with");

    private Names() {
    }

    static String title(String upper) {
        if (upper == null) {
            return null;
        }
        if (!upper.equals(upper.toUpperCase(Locale.ROOT))) {
            return upper;
        }
        StringBuilder out = new StringBuilder(upper.length());
        String[] words = upper.toLowerCase(Locale.ROOT).split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(word(words[i], i == 0));
        }
        return out.toString();
    }

    private static String word(String w, boolean first) {
        String bare = w.replaceAll("[^a-z]", "");
        if (UPPER.contains(bare.toUpperCase(Locale.ROOT))) {
            return w.toUpperCase(Locale.ROOT);
        }
        if (!first && LOWER.contains(w)) {
            return w;
        }
        StringBuilder b = new StringBuilder(w);
        boolean start = true;
        for (int i = 0; i < b.length(); i++) {
            char ch = b.charAt(i);
            if (Character.isLetter(ch)) {
                if (start) {
                    b.setCharAt(i, Character.toUpperCase(ch));
                }
                start = false;
            } else {
                start = ch == '-' || ch == '(' || ch == '/' || ch == '.';
            }
        }
        return b.toString();
    }

    /** Address lines joined with commas, the blank ones left out, in display case. */
    static String address(String... lines) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(title(line.strip()));
            }
        }
        return b.length() == 0 ? null : b.length() > 300 ? b.substring(0, 300) : b.toString();
    }
}
