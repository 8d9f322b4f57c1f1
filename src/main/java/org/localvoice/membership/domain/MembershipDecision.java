package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * One step in a participant's membership, never changed afterwards: the application, the decision to
 * accept or decline it (with the reason, who decided and when, or that the network's rule accepted it
 * automatically), leaving.
 */
@Entity
@Table(name = "membership_decision")
public class MembershipDecision extends TenantOwnedEntity {

    public enum Outcome {
        APPLIED, ACCEPTED, DECLINED, LEFT
    }

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private Outcome outcome;

    @Column(length = 1000, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private boolean automatic;

    @Column(name = "decided_by", length = 120, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    /** The day the step took effect when staff gave one (the day a participant left). */
    @Column(name = "effective_on", updatable = false)
    private java.time.LocalDate effectiveOn;

    protected MembershipDecision() {
    }

    MembershipDecision(UUID participantId, Outcome outcome, String reason, boolean automatic, String decidedBy) {
        this.participantId = participantId;
        this.outcome = outcome;
        this.reason = reason;
        this.automatic = automatic;
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
    }

    MembershipDecision(UUID participantId, Outcome outcome, String reason, String decidedBy, java.time.LocalDate effectiveOn) {
        this(participantId, outcome, reason, false, decidedBy);
        this.effectiveOn = effectiveOn;
    }

    public java.time.LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
