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
 * A consent record, never changed: a participant agreed to (or withdrew from) a purpose, with the words
 * they were shown. The latest record for a purpose says whether consent stands.
 */
@Entity
@Table(name = "membership_consent")
public class Consent extends TenantOwnedEntity {

    /** What a participant may agree to. */
    public enum Purpose {
        /** Keep my details to run my membership (needed to join). */
        MEMBERSHIP,
        /** Send me news, invitations and surveys. */
        NEWS
    }

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private Purpose purpose;

    @Column(nullable = false, updatable = false)
    private boolean given;

    @Column(nullable = false, updatable = false, length = 1000)
    private String wording;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Consent() {
    }

    Consent(UUID participantId, Purpose purpose, boolean given, String wording) {
        this.participantId = participantId;
        this.purpose = purpose;
        this.given = given;
        this.wording = wording;
        this.recordedAt = Instant.now();
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public boolean isGiven() {
        return given;
    }

    public String getWording() {
        return wording;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
