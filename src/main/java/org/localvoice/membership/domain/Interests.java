package org.localvoice.membership.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Interests typed as free text, separated by commas or new lines: lower case, no repeats, at most 60 characters each. */
public final class Interests {

    public static final int MAX_TAGS = 20;

    private Interests() {
    }

    public static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\n]")).map(s -> s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).map(s -> s.length() > 60 ? s.substring(0, 60) : s).distinct()
                .limit(MAX_TAGS).toList();
    }
}
