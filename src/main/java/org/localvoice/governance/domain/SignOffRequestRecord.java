package org.localvoice.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.localvoice.governance.SignOffRequest;
import org.localvoice.shared.TenantOwnedEntity;

/** A subject another module has put before the governing body, and the sign-off once given. */
@Entity
@Table(name = "governance_sign_off_request")
public class SignOffRequestRecord extends TenantOwnedEntity {

    @Column(name = "subject_type", nullable = false, updatable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subjectId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 500)
    private String link;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "sign_off_id")
    private UUID signOffId;

    protected SignOffRequestRecord() {
    }

    SignOffRequestRecord(String subjectType, UUID subjectId, String title, String link, Instant requestedAt) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        renew(title, link, requestedAt);
    }

    /** Asked again (for example for a new version): open again with the new title and link. */
    void renew(String title, String link, Instant requestedAt) {
        this.title = title;
        this.link = link;
        this.requestedAt = requestedAt;
        this.signOffId = null;
    }

    void signedOff(UUID signOffId) {
        this.signOffId = signOffId;
    }

    public SignOffRequest toRequest() {
        return new SignOffRequest(getId(), subjectType, subjectId, title, link, requestedAt, signOffId);
    }

    public String getSubjectType() {
        return subjectType;
    }

    public UUID getSubjectId() {
        return subjectId;
    }
}
