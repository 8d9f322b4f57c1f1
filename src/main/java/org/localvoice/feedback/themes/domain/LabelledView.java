package org.localvoice.feedback.themes.domain;

import java.util.Set;

/**
 * A view whose themes and sentiment a person has decided: what the suggestion model learns from.
 *
 * @param themeCodes the codes of its themes; empty when no theme fits (the text says nothing codable)
 * @param sentiment  null when not decided
 */
record LabelledView(String id, String text, Set<String> themeCodes, Sentiment sentiment) {
}
