package org.localvoice.feedback.themes.domain;

import java.util.List;

/**
 * A theme the model suggests for a view, before a moderator confirms it.
 *
 * @param score how sure the model is, 0 to 1
 * @param why   the words of the view that point most to this theme
 */
public record Suggestion(String themeCode, Sentiment sentiment, double score, List<String> why) {
}
