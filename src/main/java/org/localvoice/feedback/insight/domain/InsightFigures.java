package org.localvoice.feedback.insight.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counted figures about the views a filter selects: how many came in each month, and what they say about each theme. */
@Service
public class InsightFigures {

    /** Views received in a month. */
    public record MonthCount(YearMonth month, long views) {
    }

    /** How many of the views are about a theme, by sentiment. */
    public record ThemeCount(UUID themeId, String theme, long positive, long negative, long neutral) {
        public long total() {
            return positive + negative + neutral;
        }
    }

    static final int MAX_THEMES = 15;

    private final JdbcTemplate jdbc;

    InsightFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Views per month, oldest first, months with none included, at most the last 24 months of the range. */
    @Transactional(readOnly = true)
    public List<MonthCount> perMonth(ViewFilter filter) {
        ViewFilter.Where where = filter.where(TenantContext.requireNetwork());
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT EXTRACT(YEAR FROM e.received_on), EXTRACT(MONTH FROM e.received_on), COUNT(*)"
                + " FROM feedback_experience e WHERE " + where.sql()
                + " GROUP BY EXTRACT(YEAR FROM e.received_on), EXTRACT(MONTH FROM e.received_on)", rs -> {
                    counts.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3));
                }, where.args().toArray());
        if (counts.isEmpty()) {
            return List.of();
        }
        YearMonth last = counts.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        YearMonth first = counts.keySet().stream().min(YearMonth::compareTo).orElseThrow();
        if (first.isBefore(last.minusMonths(23))) {
            first = last.minusMonths(23);
        }
        List<MonthCount> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(new MonthCount(m, counts.getOrDefault(m, 0L)));
        }
        return months;
    }

    /** The themes the selected views are most often about (at most {@value #MAX_THEMES}), most views first. */
    @Transactional(readOnly = true)
    public List<ThemeCount> themes(ViewFilter filter) {
        ViewFilter.Where where = filter.where(TenantContext.requireNetwork());
        List<Object> args = new ArrayList<>(where.args());
        args.add(MAX_THEMES);
        return jdbc.query("SELECT t.id, t.name,"
                + " SUM(CASE WHEN m.sentiment = 'POSITIVE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN m.sentiment = 'NEGATIVE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN m.sentiment = 'NEUTRAL' THEN 1 ELSE 0 END)"
                + " FROM feedback_experience e"
                + " JOIN feedback_theme_mark m ON m.network_id = e.network_id AND m.experience_id = e.id"
                + " JOIN feedback_theme t ON t.id = m.theme_id"
                + " WHERE " + where.sql() + " GROUP BY t.id, t.name ORDER BY COUNT(*) DESC, t.name FETCH FIRST ? ROWS ONLY",
                (rs, n) -> new ThemeCount(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                args.toArray());
    }
}
