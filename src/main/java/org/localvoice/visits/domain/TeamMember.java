package org.localvoice.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** A representative on a visit's team. */
@Entity
@Table(name = "visits_team_member")
public class TeamMember extends TenantOwnedEntity {

    @Column(name = "visit_id", nullable = false, updatable = false)
    private UUID visitId;
    @Column(name = "representative_id", nullable = false, updatable = false)
    private UUID representativeId;

    protected TeamMember() {
    }

    TeamMember(UUID visitId, UUID representativeId) {
        this.visitId = visitId;
        this.representativeId = representativeId;
    }

    public UUID getVisitId() {
        return visitId;
    }

    public UUID getRepresentativeId() {
        return representativeId;
    }
}
