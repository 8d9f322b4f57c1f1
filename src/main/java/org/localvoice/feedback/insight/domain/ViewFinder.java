package org.localvoice.feedback.insight.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.localvoice.shared.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the current network's views by a {@link ViewFilter}: a page at a time for the screen, or every
 * match streamed row by row (for the CSV export), so no list is ever held whole in memory.
 */
@Service
public class ViewFinder {

    static final int FETCH_SIZE = 500;
    private static final String COLUMNS = "e.id, e.reference, e.received_on, e.service_name, e.premises_id, e.provider_id, "
            + "e.channel, e.status, e.rating, e.text";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    ViewFinder(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    @Transactional(readOnly = true)
    public Page<ViewRow> find(ViewFilter filter, Pageable page) {
        ViewFilter.Where where = filter.where(TenantContext.requireNetwork());
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience e WHERE " + where.sql(), Long.class,
                where.args().toArray());
        List<Object> args = new ArrayList<>(where.args());
        args.add(page.getPageSize());
        args.add(page.getOffset());
        List<ViewRow> rows = jdbc.query("SELECT " + COLUMNS + " FROM feedback_experience e WHERE " + where.sql()
                + " ORDER BY e.received_on DESC, e.id DESC LIMIT ? OFFSET ?", (rs, n) -> row(rs, new ArrayList<>()), args.toArray());
        Map<UUID, List<String>> themes = themesOf(rows.stream().map(ViewRow::id).toList());
        List<ViewRow> withThemes = rows.stream().map(r -> new ViewRow(r.id(), r.reference(), r.receivedOn(), r.serviceName(),
                r.premisesId(), r.providerId(), r.channel(), r.status(), r.rating(), r.text(),
                themes.getOrDefault(r.id(), List.of()))).toList();
        return new PageImpl<>(withThemes, page, total);
    }

    /**
     * Every matching view, newest first, with its themes ("name (sentiment)"): one query whose rows are read
     * {@value #FETCH_SIZE} at a time, the view's theme rows grouped as they arrive.
     */
    @Transactional(readOnly = true)
    public void stream(ViewFilter filter, Consumer<ViewRow> sink) {
        ViewFilter.Where where = filter.where(TenantContext.requireNetwork());
        ViewRow[] current = new ViewRow[1];
        streaming.query("SELECT " + COLUMNS + ", t.name, m.sentiment FROM feedback_experience e"
                + " LEFT JOIN feedback_theme_mark m ON m.network_id = e.network_id AND m.experience_id = e.id"
                + " LEFT JOIN feedback_theme t ON t.id = m.theme_id"
                + " WHERE " + where.sql() + " ORDER BY e.received_on DESC, e.id DESC, t.name", rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    if (current[0] == null || !current[0].id().equals(id)) {
                        if (current[0] != null) {
                            sink.accept(current[0]);
                        }
                        current[0] = row(rs, new ArrayList<>());
                    }
                    if (rs.getString(11) != null) {
                        current[0].themes().add(rs.getString(11) + " (" + rs.getString(12).toLowerCase() + ")");
                    }
                }, where.args().toArray());
        if (current[0] != null) {
            sink.accept(current[0]);
        }
    }

    private Map<UUID, List<String>> themesOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> themes = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> args = new ArrayList<>(List.of(TenantContext.requireNetwork()));
        args.addAll(ids);
        jdbc.query("SELECT m.experience_id, t.name FROM feedback_theme_mark m JOIN feedback_theme t ON t.id = m.theme_id"
                + " WHERE m.network_id = ? AND m.experience_id IN (" + marks + ") ORDER BY t.name", rs -> {
                    themes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                }, args.toArray());
        return themes;
    }

    private static ViewRow row(ResultSet rs, List<String> themes) throws SQLException {
        int rating = rs.getInt(9);
        return new ViewRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, java.time.LocalDate.class), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8),
                rs.wasNull() ? null : rating, rs.getString(10), themes);
    }
}
