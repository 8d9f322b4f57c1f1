package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** A person (a participant) an organisation has named to represent it in the network. */
@Entity
@Table(name = "membership_representative")
public class Representative extends TenantOwnedEntity {

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    protected Representative() {
    }

    Representative(UUID organisationId, UUID personId) {
        this.organisationId = organisationId;
        this.personId = personId;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public UUID getPersonId() {
        return personId;
    }
}
