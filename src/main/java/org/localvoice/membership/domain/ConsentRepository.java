package org.localvoice.membership.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The append-only consent records of the current network's participants. */
public interface ConsentRepository extends JpaRepository<Consent, UUID> {

    List<Consent> findByParticipantIdOrderByRecordedAtAscIdAsc(UUID participantId);
}
