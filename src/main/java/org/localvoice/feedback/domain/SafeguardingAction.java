package org.localvoice.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.shared.TenantOwnedEntity;

/** One dated line of a safeguarding log: what was done about a possible concern, by whom (created_by), when. */
@Entity
@Immutable
@Table(name = "feedback_safeguarding_action")
public class SafeguardingAction extends TenantOwnedEntity {

    /** What kind of line: the flag, an action taken, or closing the concern. */
    public enum Kind {
        FLAGGED, FLAGGED_AUTOMATICALLY, ACTION, CLOSED
    }

    @Column(name = "experience_id", nullable = false, updatable = false)
    private UUID experienceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private Kind kind;
    @Column(nullable = false, updatable = false, length = 2000)
    private String note;

    protected SafeguardingAction() {
    }

    SafeguardingAction(UUID experienceId, Kind kind, String note) {
        this.experienceId = experienceId;
        this.kind = kind;
        this.note = note;
    }

    public UUID getExperienceId() { return experienceId; }
    public Kind getKind() { return kind; }
    public String getNote() { return note; }
}
