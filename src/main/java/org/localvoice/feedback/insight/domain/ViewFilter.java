package org.localvoice.feedback.insight.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.localvoice.feedback.ViewChannel;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.feedback.themes.domain.Sentiment;

/**
 * Which of the network's views to look at: by service (premises), provider, theme and sentiment, when
 * they were received, how they came in and where they are in moderation. Every field may be null (any).
 */
public record ViewFilter(UUID premisesId, UUID providerId, UUID themeId, Sentiment sentiment, LocalDate from, LocalDate to,
        ViewChannel channel, ViewStatus status) {

    public static ViewFilter any() {
        return new ViewFilter(null, null, null, null, null, null, null, null);
    }

    /** The SQL condition on {@code feedback_experience e} (network first, so every index applies) and its arguments. */
    record Where(String sql, List<Object> args) {
    }

    Where where(UUID networkId) {
        StringBuilder sql = new StringBuilder("e.network_id = ?");
        List<Object> args = new ArrayList<>(List.of(networkId));
        add(sql, args, "e.premises_id = ?", premisesId);
        add(sql, args, "e.provider_id = ?", providerId);
        add(sql, args, "e.received_on >= ?", from);
        add(sql, args, "e.received_on <= ?", to);
        add(sql, args, "e.channel = ?", channel == null ? null : channel.name());
        add(sql, args, "e.status = ?", status == null ? null : status.name());
        if (themeId != null || sentiment != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM feedback_theme_mark m WHERE m.network_id = e.network_id"
                    + " AND m.experience_id = e.id");
            add(sql, args, "m.theme_id = ?", themeId);
            add(sql, args, "m.sentiment = ?", sentiment == null ? null : sentiment.name());
            sql.append(')');
        }
        return new Where(sql.toString(), args);
    }

    private static void add(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            args.add(value);
        }
    }
}
