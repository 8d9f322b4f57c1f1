package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One anonymous answer to an equality monitoring question. Deliberately not an audited entity: it has
 * no participant, no account, no creator and no time finer than the year, and a random (not
 * time-ordered) id, so nobody can go from a person to their answers or back. See decision 0030.
 */
@Entity
@Table(name = "membership_equality_answer")
public class EqualityAnswer {

    @Id
    private UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "network_id", nullable = false, updatable = false)
    private UUID networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private EqualityQuestion question;

    @Column(nullable = false, updatable = false, length = 40)
    private String answer;

    @Column(name = "answered_year", nullable = false, updatable = false)
    private int answeredYear;

    protected EqualityAnswer() {
    }

    EqualityAnswer(EqualityQuestion question, String answer, int answeredYear) {
        this.question = question;
        this.answer = answer;
        this.answeredYear = answeredYear;
    }

    public EqualityQuestion getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }
}
