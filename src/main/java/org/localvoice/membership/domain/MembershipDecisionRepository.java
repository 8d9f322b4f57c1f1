package org.localvoice.membership.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The append-only membership history of the current network's participants. */
public interface MembershipDecisionRepository extends JpaRepository<MembershipDecision, UUID> {

    List<MembershipDecision> findByParticipantIdOrderByDecidedAtAsc(UUID participantId);
}
