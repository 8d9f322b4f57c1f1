package org.localvoice.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A person the network's host manager nominated to consider criminal records checks of would-be
 * representatives: an account of the network or a participant, from a date until the nomination ends.
 * Ended nominations are kept, so the list shows who could decide on any past day.
 */
@Entity
@Table(name = "visits_nominated_person")
public class NominatedPerson extends TenantOwnedEntity {

    @Column(name = "account_id", updatable = false)
    private UUID accountId;
    @Column(name = "participant_id", updatable = false)
    private UUID participantId;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 254)
    private String email;
    @Column(name = "nominated_on", nullable = false, updatable = false)
    private LocalDate nominatedOn;
    @Column(name = "nominated_by", nullable = false, length = 200, updatable = false)
    private String nominatedBy;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "ended_by", length = 200)
    private String endedBy;

    protected NominatedPerson() {
    }

    public NominatedPerson(UUID accountId, UUID participantId, String name, String email, LocalDate on, String by) {
        if ((accountId == null) == (participantId == null)) {
            throw new IllegalArgumentException("A nominated person is either an account or a participant");
        }
        this.accountId = accountId;
        this.participantId = participantId;
        this.name = name;
        this.email = email;
        this.nominatedOn = on;
        this.nominatedBy = by;
    }

    void end(LocalDate on, String by) {
        this.endedOn = on;
        this.endedBy = by;
    }

    void anonymise() {
        this.name = AuthorisedRepresentative.ERASED_NAME;
        this.email = null;
    }

    /** Whether the nomination is in force on the day. */
    public boolean currentOn(LocalDate day) {
        return !day.isBefore(nominatedOn) && (endedOn == null || day.isBefore(endedOn));
    }

    public UUID getAccountId() {
        return accountId;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getNominatedOn() {
        return nominatedOn;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndedBy() {
        return endedBy;
    }
}
