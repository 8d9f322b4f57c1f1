package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A participant's data-protection request: a subject access request (a copy of their data) or an
 * erasure request, with the date it is due by (one calendar month) and how that date was worked out.
 */
@Entity
@Table(name = "membership_data_request")
public class DataRequest extends TenantOwnedEntity {

    public enum Kind {
        ACCESS, ERASURE
    }

    public enum Status {
        OPEN, COMPLETED, REFUSED
    }

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "due_explanation", nullable = false, updatable = false, length = 500)
    private String dueExplanation;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 120)
    private String closedBy;

    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    protected DataRequest() {
    }

    DataRequest(UUID participantId, Kind kind, LocalDate receivedOn, ResponseDue due) {
        this.participantId = participantId;
        this.kind = kind;
        this.status = Status.OPEN;
        this.receivedOn = receivedOn;
        this.dueOn = due.due();
        this.dueExplanation = due.explanation();
    }

    void close(Status status, String by, String note) {
        this.status = status;
        this.closedAt = Instant.now();
        this.closedBy = by;
        this.outcomeNote = note;
    }

    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(dueOn);
    }

    public UUID getParticipantId() { return participantId; }
    public Kind getKind() { return kind; }
    public Status getStatus() { return status; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public String getDueExplanation() { return dueExplanation; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public String getOutcomeNote() { return outcomeNote; }
}
