package org.localvoice.feedback.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voluntary equality monitoring, kept as counts only: one more answer to each question answered, per
 * network and month. No row names a person or a view, so no one can go from a view to someone's
 * answers (docs/decisions/0018). Each count is one atomic statement; runs outside any transaction.
 */
@Component
public class EqualityMonitoring {

    /** The questions and their answers; every question has "prefer not to say". */
    public enum Question {
        AGE("UNDER_18", "18_24", "25_34", "35_49", "50_64", "65_74", "75_PLUS", "PREFER_NOT"),
        GENDER("WOMAN", "MAN", "NON_BINARY", "OTHER", "PREFER_NOT"),
        DISABILITY("YES", "NO", "PREFER_NOT"),
        ETHNICITY("ASIAN", "BLACK", "MIXED", "WHITE", "OTHER", "PREFER_NOT");

        private final List<String> answers;

        Question(String... answers) {
            this.answers = List.of(answers);
        }

        public List<String> answers() {
            return answers;
        }
    }

    private final JdbcTemplate jdbc;

    EqualityMonitoring(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the answers given (unknown answers and unanswered questions are ignored). */
    public void record(UUID networkId, YearMonth month, Map<Question, String> answers) {
        answers.forEach((question, answer) -> {
            if (answer != null && question.answers().contains(answer)) {
                count(networkId, month.toString(), question.name(), answer);
            }
        });
    }

    /** Responses to one question in one month, by answer. */
    public Map<String, Long> counts(UUID networkId, YearMonth month, Question question) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT answer, responses FROM feedback_equality_count WHERE network_id = ? AND for_month = ? AND question = ?",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, networkId, month.toString(), question.name());
        return counts;
    }

    /**
     * Responses of the current network to each question from one month to another (inclusive), every
     * answer listed in order (zero when none), with small numbers suppressed: host staff only.
     */
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Transactional(readOnly = true)
    public Map<Question, SmallNumbers.Table> report(YearMonth from, YearMonth to) {
        Map<Question, Map<String, Long>> counts = new java.util.EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            Map<String, Long> answers = new java.util.LinkedHashMap<>();
            q.answers().forEach(a -> answers.put(a, 0L));
            counts.put(q, answers);
        }
        jdbc.query("SELECT question, answer, SUM(responses) FROM feedback_equality_count WHERE network_id = ?"
                + " AND for_month >= ? AND for_month <= ? GROUP BY question, answer", rs -> {
                    for (Question q : Question.values()) {
                        if (q.name().equals(rs.getString(1)) && q.answers().contains(rs.getString(2))) {
                            counts.get(q).put(rs.getString(2), rs.getLong(3));
                        }
                    }
                }, TenantContext.requireNetwork(), from.toString(), to.toString());
        Map<Question, SmallNumbers.Table> report = new java.util.EnumMap<>(Question.class);
        counts.forEach((q, answers) -> report.put(q, SmallNumbers.suppress(answers)));
        return report;
    }

    private void count(UUID networkId, String month, String question, String answer) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.update("UPDATE feedback_equality_count SET responses = responses + 1 WHERE network_id = ? AND for_month = ?"
                    + " AND question = ? AND answer = ?", networkId, month, question, answer) == 1) {
                return;
            }
            try {
                jdbc.update("INSERT INTO feedback_equality_count (network_id, for_month, question, answer, responses)"
                        + " VALUES (?, ?, ?, ?, 1)", networkId, month, question, answer);
                return;
            } catch (DuplicateKeyException raced) {
                // counted by another request first: add to it
            }
        }
    }
}
