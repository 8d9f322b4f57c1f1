package org.localvoice.membership.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Equality answers of the current network: only ever counted, never listed. */
public interface EqualityAnswerRepository extends JpaRepository<EqualityAnswer, UUID> {

    /** Counts per question and answer: rows of (question, answer, count). */
    @Query("select a.question, a.answer, count(a) from EqualityAnswer a group by a.question, a.answer")
    List<Object[]> countByQuestionAndAnswer();
}
