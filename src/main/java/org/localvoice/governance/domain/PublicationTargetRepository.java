package org.localvoice.governance.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current network's publication target (at most one row). */
public interface PublicationTargetRepository extends JpaRepository<PublicationTarget, UUID> {

    Optional<PublicationTarget> findFirstBy();
}
