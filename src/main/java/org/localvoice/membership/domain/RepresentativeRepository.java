package org.localvoice.membership.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Organisations' representatives in the current network. */
public interface RepresentativeRepository extends JpaRepository<Representative, UUID> {

    List<Representative> findByOrganisationId(UUID organisationId);

    List<Representative> findByPersonId(UUID personId);

    boolean existsByOrganisationIdAndPersonId(UUID organisationId, UUID personId);

    void deleteByOrganisationIdOrPersonId(UUID organisationId, UUID personId);
}
