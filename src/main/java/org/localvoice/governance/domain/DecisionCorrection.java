package org.localvoice.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A correction to a recorded decision: the corrected summary and/or reasons with the reason for the
 * correction. The original stays in the record; the latest correction is what is shown as current.
 */
@Entity
@Table(name = "governance_decision_correction")
public class DecisionCorrection extends TenantOwnedEntity {

    @Column(name = "decision_id", nullable = false, updatable = false)
    private UUID decisionId;

    @Column(name = "corrected_summary", updatable = false, length = 1000)
    private String correctedSummary;

    @Column(name = "corrected_reasons", updatable = false, length = 8000)
    private String correctedReasons;

    @Column(nullable = false, updatable = false, length = 2000)
    private String reason;

    protected DecisionCorrection() {
    }

    DecisionCorrection(UUID decisionId, String correctedSummary, String correctedReasons, String reason) {
        this.decisionId = decisionId;
        this.correctedSummary = correctedSummary;
        this.correctedReasons = correctedReasons;
        this.reason = reason;
    }

    public UUID getDecisionId() {
        return decisionId;
    }

    public String getCorrectedSummary() {
        return correctedSummary;
    }

    public String getCorrectedReasons() {
        return correctedReasons;
    }

    public String getReason() {
        return reason;
    }
}
