package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** A volunteer role a participant holds or held (authorised representative, steering group member, ...). */
@Entity
@Table(name = "membership_volunteer_role")
public class VolunteerRole extends TenantOwnedEntity {

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Column(nullable = false, length = 100)
    private String role;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected VolunteerRole() {
    }

    VolunteerRole(UUID participantId, String role, LocalDate fromDate, LocalDate toDate) {
        this.participantId = participantId;
        this.role = role;
        this.fromDate = fromDate;
        this.toDate = toDate;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getRole() {
        return role;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }
}
