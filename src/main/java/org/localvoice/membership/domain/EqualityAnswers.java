package org.localvoice.membership.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The anonymous equality answers of the current network, written and counted with plain SQL. On
 * purpose not an entity: every entity here records who created it and when, and a creation time next
 * to a participant's joining time would tie the answers back to the person. A row holds only the
 * network, the question, the answer, the year and a random (not time-ordered) id. See decision 0030.
 */
@Repository
class EqualityAnswers {

    /** A count of one answer to one question. */
    record Count(EqualityQuestion question, String answer, long count) {
    }

    private final JdbcTemplate jdbc;

    EqualityAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(EqualityQuestion question, String answer, int year) {
        jdbc.update("INSERT INTO membership_equality_answer (id, network_id, question, answer, answered_year) VALUES (?, ?, ?, ?, ?)",
                UUID.randomUUID(), TenantContext.requireNetwork(), question.name(), answer, year);
    }

    List<Count> counts() {
        return jdbc.query("SELECT question, answer, COUNT(*) AS n FROM membership_equality_answer WHERE network_id = ? "
                + "GROUP BY question, answer", (rs, i) -> new Count(EqualityQuestion.valueOf(rs.getString("question")),
                rs.getString("answer"), rs.getLong("n")), TenantContext.requireNetwork());
    }
}
