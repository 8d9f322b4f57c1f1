package org.localvoice.feedback.themes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current network's published views by theme, for the public: only themes a moderator confirmed
 * (a suggestion never shows), with what each view says about the theme. Views are read by id and
 * status from the feedback module's own table, like {@link ViewTexts}.
 */
@Service
public class PublishedThemes {

    /** A theme with how many published views are about it, by sentiment. */
    public record ThemeTally(UUID themeId, String name, long positive, long neutral, long negative) {
        public long total() {
            return positive + neutral + negative;
        }
    }

    /** A published view about a theme: the moderated text only, never the person. */
    public record ThemedView(String reference, String serviceName, UUID premisesId, LocalDate happenedOn, Integer rating,
            String text, Sentiment sentiment, Instant publishedAt) {
    }

    private static final String CONFIRMED_PUBLISHED = " FROM feedback_theme_mark m"
            + " JOIN feedback_experience e ON e.network_id = m.network_id AND e.id = m.experience_id"
            + " WHERE m.network_id = ? AND m.source = 'CONFIRMED' AND e.status = 'PUBLISHED'";

    private final JdbcTemplate jdbc;
    private final Themes themes;

    PublishedThemes(JdbcTemplate jdbc, Themes themes) {
        this.jdbc = jdbc;
        this.themes = themes;
    }

    /** Every theme at least one published view is confirmed to be about, by name (a theme list is short). */
    @Transactional(readOnly = true)
    public List<ThemeTally> tallies() {
        return jdbc.query("SELECT t.id, t.name,"
                + " SUM(CASE WHEN m.sentiment = 'POSITIVE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN m.sentiment = 'NEUTRAL' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN m.sentiment = 'NEGATIVE' THEN 1 ELSE 0 END)"
                + CONFIRMED_PUBLISHED.replace(" WHERE", " JOIN feedback_theme t ON t.id = m.theme_id WHERE")
                + " GROUP BY t.id, t.name ORDER BY t.name",
                (rs, n) -> new ThemeTally(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                TenantContext.requireNetwork());
    }

    /** A theme a moderator confirmed on a view, with what the view says about it. */
    public record ConfirmedTheme(UUID themeId, String name, Sentiment sentiment) {
    }

    /** The themes a moderator confirmed on a published view of the current network, by name; none for any other view. */
    @Transactional(readOnly = true)
    public List<ConfirmedTheme> confirmedOn(UUID experienceId) {
        return experienceId == null ? List.of() : jdbc.query("SELECT t.id, t.name, m.sentiment"
                + CONFIRMED_PUBLISHED.replace(" WHERE", " JOIN feedback_theme t ON t.id = m.theme_id WHERE")
                + " AND m.experience_id = ? ORDER BY t.name",
                (rs, n) -> new ConfirmedTheme(rs.getObject(1, UUID.class), rs.getString(2), Sentiment.valueOf(rs.getString(3))),
                TenantContext.requireNetwork(), experienceId);
    }

    /** The network's theme, when it is one (retired themes still list the views confirmed about them). */
    @Transactional(readOnly = true)
    public java.util.Optional<Theme> theme(UUID themeId) {
        return themeId == null ? java.util.Optional.empty() : themes.find(themeId).filter(t -> !t.isCategory());
    }

    /** Published views confirmed to be about a theme, of one sentiment when given, most recently published first. */
    @Transactional(readOnly = true)
    public Page<ThemedView> views(UUID themeId, Sentiment sentiment, Pageable page) {
        List<Object> args = new ArrayList<>(List.of(TenantContext.requireNetwork(), themeId));
        String where = CONFIRMED_PUBLISHED + " AND m.theme_id = ?";
        if (sentiment != null) {
            where += " AND m.sentiment = ?";
            args.add(sentiment.name());
        }
        long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, args.toArray());
        args.add(page.getPageSize());
        args.add(page.getOffset());
        List<ThemedView> rows = jdbc.query("SELECT e.reference, e.service_name, e.premises_id, e.happened_on, e.rating, e.text,"
                + " m.sentiment, e.published_at" + where + " ORDER BY e.published_at DESC, e.id DESC LIMIT ? OFFSET ?", (rs, n) -> {
                    int rating = rs.getInt(5);
                    Integer r = rs.wasNull() ? null : rating;
                    java.sql.Timestamp at = rs.getTimestamp(8);
                    return new ThemedView(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getObject(4, LocalDate.class), r, rs.getString(6), Sentiment.valueOf(rs.getString(7)),
                            at == null ? null : at.toInstant());
                }, args.toArray());
        return new PageImpl<>(rows, page, total);
    }
}
