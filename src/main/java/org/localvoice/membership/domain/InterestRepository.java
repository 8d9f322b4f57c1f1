package org.localvoice.membership.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Participants' interests in the current network. */
public interface InterestRepository extends JpaRepository<Interest, UUID> {

    List<Interest> findByParticipantIdOrderByTag(UUID participantId);

    void deleteByParticipantId(UUID participantId);
}
