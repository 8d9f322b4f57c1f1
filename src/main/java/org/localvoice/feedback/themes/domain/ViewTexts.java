package org.localvoice.feedback.themes.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The text of the current network's views, read straight from the feedback module's table (this is the
 * same module), so themes need no more of a view than its id and text.
 */
@Component
class ViewTexts {

    private static final int MAX_THEMES_PER_VIEW = 4;

    private final JdbcTemplate jdbc;

    ViewTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The view's text when the view is the current network's (none when there is no current network). */
    Optional<String> text(UUID experienceId) {
        return TenantContext.currentNetwork().flatMap(network -> jdbc.queryForList(
                "SELECT text FROM feedback_experience WHERE network_id = ? AND id = ?", String.class, network, experienceId)
                .stream().findFirst());
    }

    /** Published views of the current network with no confirmed theme yet, oldest first (the demo marks them). */
    List<UUID> publishedWithoutConfirmedThemes(int limit) {
        return jdbc.queryForList("SELECT e.id FROM feedback_experience e WHERE e.network_id = ? AND e.status = 'PUBLISHED'"
                + " AND NOT EXISTS (SELECT 1 FROM feedback_theme_mark m WHERE m.network_id = e.network_id"
                + " AND m.experience_id = e.id AND m.source = 'CONFIRMED') ORDER BY e.published_at, e.id LIMIT ?",
                UUID.class, TenantContext.requireNetwork(), limit);
    }

    long confirmedCount(UUID networkId) {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT experience_id) FROM feedback_theme_mark WHERE network_id = ? "
                + "AND source = 'CONFIRMED'", Long.class, networkId);
    }

    /** The network's views with confirmed themes, newest first, at most {@code limit}: what its model learns from. */
    List<LabelledView> confirmed(UUID networkId, int limit) {
        Map<UUID, String> texts = new HashMap<>();
        Map<UUID, Set<String>> codes = new HashMap<>();
        Map<UUID, Sentiment> sentiments = new HashMap<>();
        jdbc.query("""
                SELECT e.id, e.text, t.code, m.sentiment FROM feedback_theme_mark m
                JOIN feedback_experience e ON e.id = m.experience_id AND e.network_id = m.network_id
                JOIN feedback_theme t ON t.id = m.theme_id
                WHERE m.network_id = ? AND m.source = 'CONFIRMED'
                ORDER BY m.marked_at DESC
                FETCH FIRST ? ROWS ONLY""", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            if (texts.size() < limit || texts.containsKey(id)) {
                texts.put(id, rs.getString(2));
                codes.computeIfAbsent(id, i -> new LinkedHashSet<>()).add(rs.getString(3));
                sentiments.putIfAbsent(id, Sentiment.valueOf(rs.getString(4)));
            }
        }, networkId, limit * MAX_THEMES_PER_VIEW);
        List<LabelledView> views = new ArrayList<>();
        texts.forEach((id, text) -> views.add(new LabelledView(id.toString(), text, codes.get(id), sentiments.get(id))));
        return views;
    }
}
