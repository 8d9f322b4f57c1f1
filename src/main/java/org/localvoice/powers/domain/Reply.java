package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.powers.CaseKind;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * An answer received on a case: an acknowledgement, a full, partial or refusing reply, a transfer to
 * another body, or a committee's update. What was withheld, and why, is recorded with it. Never changed.
 */
@Entity
@Immutable
@Table(name = "powers_reply")
public class Reply extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "case_kind", nullable = false)
    private CaseKind caseKind;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(name = "clock_id")
    private UUID clockId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReplyKind kind;
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel via;
    @Column(nullable = false, length = 8000)
    private String summary;
    @Column(length = 4000)
    private String withheld;
    @Enumerated(EnumType.STRING)
    @Column(name = "withheld_reason")
    private WithheldReason withheldReason;
    @Column(name = "transferred_to_name")
    private String transferredToName;
    @Column(name = "transferred_to_provider")
    private UUID transferredToProvider;
    @Column(name = "transferred_to_email")
    private String transferredToEmail;

    protected Reply() {
    }

    Reply(CaseKind caseKind, UUID caseId, UUID clockId, ReplyKind kind, LocalDate receivedOn, Channel via,
            String summary, String withheld, WithheldReason withheldReason, Party transferredTo) {
        this.caseKind = caseKind;
        this.caseId = caseId;
        this.clockId = clockId;
        this.kind = kind;
        this.receivedOn = receivedOn;
        this.via = via;
        this.summary = summary;
        this.withheld = withheld;
        this.withheldReason = withheldReason;
        if (transferredTo != null) {
            this.transferredToName = transferredTo.name();
            this.transferredToProvider = transferredTo.providerId();
            this.transferredToEmail = transferredTo.email();
        }
    }

    public CaseKind getCaseKind() { return caseKind; }
    public UUID getCaseId() { return caseId; }
    public UUID getClockId() { return clockId; }
    public ReplyKind getKind() { return kind; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Channel getVia() { return via; }
    public String getSummary() { return summary; }
    public String getWithheld() { return withheld; }
    public WithheldReason getWithheldReason() { return withheldReason; }
    public String getTransferredToName() { return transferredToName; }
    public UUID getTransferredToProvider() { return transferredToProvider; }
}
