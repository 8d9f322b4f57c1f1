package org.localvoice.membership.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Participants of the current network only: the tenant filter applies to every query. */
public interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    Page<Participant> findBySearchNameStartingWithAndStatusIn(String prefix, Collection<ParticipantStatus> statuses,
            Pageable page);

    Optional<Participant> findFirstByAccountId(UUID accountId);

    long countByStatus(ParticipantStatus status);

    java.util.List<Participant> findByStatusAndStatusChangedAtBefore(ParticipantStatus status, java.time.Instant before,
            Pageable page);
}
