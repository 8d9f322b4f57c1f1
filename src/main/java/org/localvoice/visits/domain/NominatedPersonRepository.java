package org.localvoice.visits.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominatedPersonRepository extends JpaRepository<NominatedPerson, UUID> {

    Page<NominatedPerson> findByEndedOnIsNullOrderByNameAsc(Pageable page);

    Page<NominatedPerson> findByEndedOnIsNotNullOrderByEndedOnDescNameAsc(Pageable page);

    List<NominatedPerson> findByAccountIdAndEndedOnIsNull(UUID accountId);

    List<NominatedPerson> findByParticipantIdAndEndedOnIsNull(UUID participantId);

    long countByEndedOnIsNull();

    List<NominatedPerson> findByParticipantId(UUID participantId);
}
