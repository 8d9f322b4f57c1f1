package org.localvoice.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * One numbered version of a required procedure. A draft may be edited; once published it never
 * changes (a change is a new version with a change note), because decisions cite it.
 */
@Entity
@Table(name = "governance_procedure_version")
public class ProcedureVersion extends TenantOwnedEntity {

    @Column(name = "procedure_id", nullable = false, updatable = false)
    private UUID procedureId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 60000)
    private String body;

    @Column(name = "change_note", length = 2000)
    private String changeNote;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 120)
    private String publishedBy;

    protected ProcedureVersion() {
    }

    public ProcedureVersion(UUID procedureId, int number, String title, String body, String changeNote) {
        this.procedureId = procedureId;
        this.number = number;
        edit(title, body, changeNote);
    }

    /** Changes a draft. */
    public void edit(String title, String body, String changeNote) {
        requireDraft();
        this.title = title;
        this.body = body;
        this.changeNote = changeNote;
    }

    /** Publishes the draft: from now on it cannot change. */
    public void publish(Instant at, String by) {
        requireDraft();
        this.publishedAt = at;
        this.publishedBy = by;
    }

    private void requireDraft() {
        if (publishedAt != null) {
            throw new PublishedVersionImmutableException(getId());
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public UUID getProcedureId() {
        return procedureId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
