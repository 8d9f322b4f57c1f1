package org.localvoice.feedback.themes.domain;

/** What a view says about a theme: praise, criticism, or neither (a plain account or a mixed one). */
public enum Sentiment {
    POSITIVE, NEGATIVE, NEUTRAL;

    /**
     * From the Friends and Family Test comment coding, 1 (very positive) to 5 (very negative): 1–2 positive,
     * 3 neutral, 4–5 negative; null when uncoded.
     */
    static Sentiment ofFftScale(String value) {
        return switch (value == null ? "" : value.trim()) {
            case "1", "2" -> POSITIVE;
            case "3" -> NEUTRAL;
            case "4", "5" -> NEGATIVE;
            default -> null;
        };
    }
}
