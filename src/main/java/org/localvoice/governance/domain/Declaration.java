package org.localvoice.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A declaration of interest made for one decision, and whether the person stayed out of it (recused).
 * Part of the statutory record: never changed.
 */
@Entity
@Table(name = "governance_declaration")
public class Declaration extends TenantOwnedEntity {

    @Column(name = "decision_id", nullable = false, updatable = false)
    private UUID decisionId;

    @Column(nullable = false, updatable = false, length = 200)
    private String person;

    @Column(nullable = false, updatable = false, length = 1000)
    private String interest;

    @Column(nullable = false, updatable = false)
    private boolean recused;

    protected Declaration() {
    }

    Declaration(UUID decisionId, String person, String interest, boolean recused) {
        this.decisionId = decisionId;
        this.person = person;
        this.interest = interest;
        this.recused = recused;
    }

    public UUID getDecisionId() {
        return decisionId;
    }

    public String getPerson() {
        return person;
    }

    public String getInterest() {
        return interest;
    }

    public boolean isRecused() {
        return recused;
    }
}
