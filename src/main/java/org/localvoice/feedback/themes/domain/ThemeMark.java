package org.localvoice.feedback.themes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A theme marked on a view, with what the view says about it: suggested by the model when the view came
 * in, or confirmed by the moderator (who, when). Refers to the view and the theme by id.
 */
@Entity
@Table(name = "feedback_theme_mark")
public class ThemeMark extends TenantOwnedEntity {

    /** Where a mark came from. */
    public enum Source {
        SUGGESTED, CONFIRMED
    }

    @Column(name = "experience_id", nullable = false, updatable = false)
    private UUID experienceId;

    @Column(name = "theme_id", nullable = false, updatable = false)
    private UUID themeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sentiment sentiment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source;

    @Column(name = "marked_by")
    private UUID markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected ThemeMark() {
    }

    ThemeMark(UUID experienceId, UUID themeId, Sentiment sentiment, Source source, UUID markedBy, Instant markedAt) {
        this.experienceId = experienceId;
        this.themeId = themeId;
        mark(sentiment, source, markedBy, markedAt);
    }

    void mark(Sentiment newSentiment, Source newSource, UUID by, Instant at) {
        this.sentiment = newSentiment;
        this.source = newSource;
        this.markedBy = by;
        this.markedAt = at;
    }

    public UUID getExperienceId() {
        return experienceId;
    }

    public UUID getThemeId() {
        return themeId;
    }

    public Sentiment getSentiment() {
        return sentiment;
    }

    public Source getSource() {
        return source;
    }

    public UUID getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
