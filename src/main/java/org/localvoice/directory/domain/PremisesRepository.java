package org.localvoice.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PremisesRepository extends JpaRepository<Premises, UUID> {

    Optional<Premises> findByCqcLocationId(String cqcLocationId);

    Optional<Premises> findByOdsCode(String odsCode);

    /** The premises with their providers and service types, ready to show. */
    @org.springframework.data.jpa.repository.Query("select p from Premises p left join fetch p.owner left join fetch p.controller "
            + "left join fetch p.commissioner left join fetch p.serviceTypes where p.id = :id")
    Optional<Premises> findWithProviders(UUID id);
}
