package org.localvoice.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.governance.SignOff;
import org.localvoice.shared.TenantOwnedEntity;

/** The governing body's sign-off of a subject another module owns. Append-only. */
@Entity
@Table(name = "governance_sign_off")
public class SignOffRecord extends TenantOwnedEntity {

    @Column(name = "subject_type", nullable = false, updatable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subjectId;

    @Column(name = "subject_label", nullable = false, updatable = false, length = 200)
    private String subjectLabel;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(name = "signed_by", nullable = false, updatable = false, length = 200)
    private String signedBy;

    @Column(name = "signed_by_account_id", updatable = false)
    private UUID signedByAccountId;

    @Column(name = "minute_reference", updatable = false, length = 100)
    private String minuteReference;

    protected SignOffRecord() {
    }

    SignOffRecord(String subjectType, UUID subjectId, String subjectLabel, LocalDate signedOn, String signedBy,
            UUID signedByAccountId, String minuteReference) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectLabel = subjectLabel;
        this.signedOn = signedOn;
        this.signedBy = signedBy;
        this.signedByAccountId = signedByAccountId;
        this.minuteReference = minuteReference;
    }

    public SignOff toSignOff() {
        return new SignOff(getId(), getNetworkId(), subjectType, subjectId, subjectLabel, signedOn, signedBy,
                signedByAccountId, minuteReference);
    }
}
