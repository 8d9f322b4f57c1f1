package org.localvoice.feedback.insight.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** A link from an impact record to what led to it, by id: a view, or a recommendation's outcome. */
@Entity
@Table(name = "feedback_impact_link")
public class ImpactLink extends TenantOwnedEntity {

    /** What the link points to. */
    public enum Kind {
        VIEW, RECOMMENDATION_OUTCOME
    }

    @Column(name = "impact_id", nullable = false, updatable = false)
    private UUID impactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private Kind kind;

    @Column(name = "target_id", nullable = false, updatable = false)
    private UUID targetId;

    protected ImpactLink() {
    }

    ImpactLink(UUID impactId, Kind kind, UUID targetId) {
        this.impactId = impactId;
        this.kind = kind;
        this.targetId = targetId;
    }

    public UUID getImpactId() {
        return impactId;
    }

    public Kind getKind() {
        return kind;
    }

    public UUID getTargetId() {
        return targetId;
    }
}
