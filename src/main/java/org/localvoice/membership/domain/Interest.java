package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** A service or topic a participant is interested in: a free tag, kept lower case. */
@Entity
@Table(name = "membership_interest")
public class Interest extends TenantOwnedEntity {

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Column(nullable = false, length = 60)
    private String tag;

    protected Interest() {
    }

    Interest(UUID participantId, String tag) {
        this.participantId = participantId;
        this.tag = tag;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getTag() {
        return tag;
    }
}
