package org.localvoice.notifications.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.shared.Ids;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notifications_outbox} table. Plain JDBC: platform mail may have no network. */
@Repository
public class Outbox {

    /** After this many failed deliveries a message is left for a person to look at. */
    public static final int MAX_ATTEMPTS = 10;
    private static final String COLUMNS =
            "id, network_id, recipient, subject, body, created_at, sent_at, attempts, last_error";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID add(UUID networkId, String recipient, String subject, String body, Instant now) {
        UUID id = Ids.next();
        jdbc.sql("INSERT INTO notifications_outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL, 0, NULL)")
                .params(id, networkId, recipient, subject, body, utc(now))
                .update();
        return id;
    }

    List<OutboxMessage> pending(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notifications_outbox WHERE sent_at IS NULL AND attempts < ? "
                        + "ORDER BY created_at LIMIT ?")
                .params(MAX_ATTEMPTS, limit)
                .query(Outbox::map).list();
    }

    void markSent(UUID id, Instant now) {
        jdbc.sql("UPDATE notifications_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                .params(utc(now), id).update();
    }

    void recordFailure(UUID id, String error) {
        jdbc.sql("UPDATE notifications_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")
                .params(error, id).update();
    }

    /** Newest first. */
    public Page<OutboxMessage> page(Pageable pageable) {
        List<OutboxMessage> rows = jdbc.sql("SELECT " + COLUMNS + " FROM notifications_outbox "
                        + "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageable.getPageSize(), pageable.getOffset())
                .query(Outbox::map).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM notifications_outbox").query(Long.class).single();
        return new PageImpl<>(rows, pageable, total);
    }

    public Optional<OutboxMessage> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notifications_outbox WHERE id = ?").param(id)
                .query(Outbox::map).optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getObject("id", UUID.class), rs.getObject("network_id", UUID.class),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                instant(rs, "created_at"), instant(rs, "sent_at"), rs.getInt("attempts"), rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
