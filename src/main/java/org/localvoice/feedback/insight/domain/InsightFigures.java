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

    /** What the views in a month say about a theme: a moderator's confirmed marks only. */
    public record MonthThemeCount(YearMonth month, UUID themeId, String theme, long positive, long negative) {
    }

    /** Only the themes a moderator confirmed count: a suggestion nobody has checked is not a finding. */
    private static final String CONFIRMED_MARKS = " JOIN feedback_theme_mark m ON m.network_id = e.network_id"
            + " AND m.experience_id = e.id AND m.source = 'CONFIRMED'"
            + " JOIN feedback_theme t ON t.id = m.theme_id";

    static final int MAX_THEMES_OVER_TIME = 5;
    static final int MONTHS_OVER_TIME = 12;

    /**
     * Themes over time: for the {@value #MAX_THEMES_OVER_TIME} themes the selected views are most often
     * confirmed to be about, how many positive and negative marks each got per month received, over the
     * last {@value #MONTHS_OVER_TIME} months that have any; oldest month first, then by theme. Months or
     * themes without a positive or negative mark are left out.
     */
    @Transactional(readOnly = true)
    public List<MonthThemeCount> themesOverTime(ViewFilter filter) {
        List<ThemeCount> top = themes(filter).stream().limit(MAX_THEMES_OVER_TIME).toList();
        if (top.isEmpty()) {
            return List.of();
        }
        ViewFilter.Where where = filter.where(TenantContext.requireNetwork());
        List<Object> args = new ArrayList<>(where.args());
        top.forEach(t -> args.add(t.themeId()));
        String in = String.join(", ", java.util.Collections.nCopies(top.size(), "?"));
        List<MonthThemeCount> rows = jdbc.query("SELECT EXTRACT(YEAR FROM e.received_on), EXTRACT(MONTH FROM e.received_on), t.id, t.name,"
                + " SUM(CASE WHEN m.sentiment = 'POSITIVE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN m.sentiment = 'NEGATIVE' THEN 1 ELSE 0 END)"
                + " FROM feedback_experience e" + CONFIRMED_MARKS
                + " WHERE " + where.sql() + " AND m.theme_id IN (" + in + ")"
                + " GROUP BY EXTRACT(YEAR FROM e.received_on), EXTRACT(MONTH FROM e.received_on), t.id, t.name",
                (rs, n) -> new MonthThemeCount(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getLong(5), rs.getLong(6)), args.toArray());
        List<YearMonth> months = rows.stream().filter(r -> r.positive() + r.negative() > 0).map(MonthThemeCount::month)
                .distinct().sorted(java.util.Comparator.reverseOrder()).limit(MONTHS_OVER_TIME).toList();
        return rows.stream().filter(r -> r.positive() + r.negative() > 0 && months.contains(r.month()))
                .sorted(java.util.Comparator.comparing(MonthThemeCount::month).thenComparing(MonthThemeCount::theme))
                .toList();
    }

    /**
     * The themes the selected views are confirmed to be about (at most {@value #MAX_THEMES}), most views
     * first. Suggestions not yet confirmed by a moderator are not counted.
     */
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
                + CONFIRMED_MARKS
                + " WHERE " + where.sql() + " GROUP BY t.id, t.name ORDER BY COUNT(*) DESC, t.name FETCH FIRST ? ROWS ONLY",
                (rs, n) -> new ThemeCount(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                args.toArray());
    }
}
