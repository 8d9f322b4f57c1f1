package org.localvoice.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.shared.TenantOwnedEntity;

/** A view's text exactly as given, before redaction. Only host managers read it (see {@link Moderation}). */
@Entity
@Immutable
@Table(name = "feedback_original_text")
public class OriginalText extends TenantOwnedEntity {

    @Column(name = "experience_id", nullable = false, updatable = false)
    private UUID experienceId;
    @Column(nullable = false, updatable = false, length = Experience.MAX_TEXT)
    private String text;

    protected OriginalText() {
    }

    OriginalText(UUID experienceId, String text) {
        this.experienceId = experienceId;
        this.text = text;
    }

    public UUID getExperienceId() { return experienceId; }
    public String getText() { return text; }
}
