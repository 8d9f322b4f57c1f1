package org.localvoice.visits.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitSettingsRepository extends JpaRepository<VisitSettings, UUID> {

    /** The current network's settings (the tenant filter narrows to it). */
    Optional<VisitSettings> findFirstBy();
}
