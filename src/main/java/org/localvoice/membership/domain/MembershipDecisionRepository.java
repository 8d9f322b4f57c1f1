package org.localvoice.membership.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The append-only membership history of the current network's participants. */
public interface MembershipDecisionRepository extends JpaRepository<MembershipDecision, UUID> {

    List<MembershipDecision> findByParticipantIdOrderByDecidedAtAscIdAsc(UUID participantId);

    /** Erasure only: the reasons written about a person are personal data too. */
    @Modifying
    @Query("update MembershipDecision d set d.reason = null where d.participantId = :participantId")
    void clearReasons(UUID participantId);
}
