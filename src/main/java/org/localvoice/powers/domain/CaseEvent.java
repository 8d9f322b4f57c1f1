package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.powers.CaseKind;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * One entry of a case's timeline (sent, received, acknowledged, replied, transferred, re-opened...).
 * Never changed: a correction is a new entry naming the one it corrects, with a reason.
 */
@Entity
@Immutable
@Table(name = "powers_case_event")
public class CaseEvent extends TenantOwnedEntity {

    @Column(name = "case_kind", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private CaseKind caseKind;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(nullable = false)
    private String kind;
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(length = 4000)
    private String details;
    @Column(name = "correction_of")
    private UUID correctionOf;
    @Column(name = "correction_reason")
    private String correctionReason;

    protected CaseEvent() {
    }

    CaseEvent(CaseKind caseKind, UUID caseId, String kind, LocalDate occurredOn, String recordedBy, String details,
            UUID correctionOf, String correctionReason) {
        this.caseKind = caseKind;
        this.caseId = caseId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.recordedBy = recordedBy;
        this.details = details == null || details.length() <= 4000 ? details : details.substring(0, 4000);
        this.correctionOf = correctionOf;
        this.correctionReason = correctionReason;
    }

    public CaseKind getCaseKind() { return caseKind; }
    public UUID getCaseId() { return caseId; }
    public String getKind() { return kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getRecordedBy() { return recordedBy; }
    public String getDetails() { return details; }
    public UUID getCorrectionOf() { return correctionOf; }
    public String getCorrectionReason() { return correctionReason; }
}
