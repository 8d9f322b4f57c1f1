package org.localvoice.visits.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationRepository extends JpaRepository<Observation, UUID> {

    List<Observation> findByVisitIdOrderByCreatedAtAsc(UUID visitId);

    Optional<Observation> findByVisitIdAndRepresentativeId(UUID visitId, UUID representativeId);
}
