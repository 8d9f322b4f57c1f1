package org.localvoice.feedback.themes.domain;

import java.util.Locale;

/** A theme's code: its first name in lower case, words joined by hyphens ("Food & drink" → "food-and-drink"). */
final class ThemeCodes {

    static final int MAX = 60;

    private ThemeCodes() {
    }

    static String of(String name) {
        String code = name.toLowerCase(Locale.ROOT).replace("&", " and ").replace('/', ' ')
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (code.length() > MAX) {
            code = code.substring(0, MAX).replaceAll("-+$", "");
        }
        return code.isEmpty() ? "theme" : code;
    }
}
