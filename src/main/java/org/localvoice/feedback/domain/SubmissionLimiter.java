package org.localvoice.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rate limit on public submissions: at most {@code localvoice.feedback.submissions-per-hour} views
 * per network per client address in each clock hour. Counted in the database with one conditional
 * UPDATE (atomic on every node), so two nodes share one count. Only a hash of the address is stored.
 * Runs outside any transaction: each statement commits on its own, so a lost insert race just retries.
 */
@Component
public class SubmissionLimiter {

    private final JdbcTemplate jdbc;
    private final int perHour;

    SubmissionLimiter(JdbcTemplate jdbc, @Value("${localvoice.feedback.submissions-per-hour:10}") int perHour) {
        this.jdbc = jdbc;
        this.perHour = perHour;
    }

    /** Counts one submission; false (and nothing counted) when this client has reached the limit this hour. */
    public boolean tryAcquire(UUID networkId, String clientAddress) {
        String key = hash(clientAddress);
        Timestamp window = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.HOURS));
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.update("UPDATE feedback_submission_window SET submissions = submissions + 1 WHERE network_id = ?"
                    + " AND client_key = ? AND window_start = ? AND submissions < ?", networkId, key, window, perHour) == 1) {
                return true;
            }
            Integer count = jdbc.query("SELECT submissions FROM feedback_submission_window WHERE network_id = ? AND client_key = ?"
                    + " AND window_start = ?", rs -> rs.next() ? rs.getInt(1) : null, networkId, key, window);
            if (count != null) {
                return false;
            }
            try {
                jdbc.update("INSERT INTO feedback_submission_window (network_id, client_key, window_start, submissions)"
                        + " VALUES (?, ?, ?, 1)", networkId, key, window);
                return perHour > 0;
            } catch (DuplicateKeyException raced) {
                // another node inserted the window first: count again
            }
        }
        return false;
    }

    public int perHour() {
        return perHour;
    }

    /** Forgets windows older than a day. */
    public int forgetOld() {
        return jdbc.update("DELETE FROM feedback_submission_window WHERE window_start < ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
    }

    static String hash(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("lv-feedback:" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
