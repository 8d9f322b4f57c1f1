package org.localvoice.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** A case of another module (a request, a report, a visit) that a decision authorised: ids only. */
@Entity
@Table(name = "governance_authorised_case")
public class AuthorisedCase extends TenantOwnedEntity {

    @Column(name = "decision_id", nullable = false, updatable = false)
    private UUID decisionId;

    @Column(nullable = false, updatable = false, length = 60)
    private String kind;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(length = 60)
    private String reference;

    protected AuthorisedCase() {
    }

    AuthorisedCase(UUID decisionId, String kind, UUID caseId, String reference) {
        this.decisionId = decisionId;
        this.kind = kind;
        this.caseId = caseId;
        this.reference = reference;
    }

    void rereference(String reference) {
        this.reference = reference;
    }

    public UUID getDecisionId() {
        return decisionId;
    }

    public String getKind() {
        return kind;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getReference() {
        return reference;
    }
}
