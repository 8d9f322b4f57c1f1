package org.localvoice.membership.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Participants' volunteer roles in the current network. */
public interface VolunteerRoleRepository extends JpaRepository<VolunteerRole, UUID> {

    List<VolunteerRole> findByParticipantIdOrderByFromDateDesc(UUID participantId);

    void deleteByParticipantId(UUID participantId);
}
