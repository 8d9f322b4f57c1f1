package org.localvoice.membership.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Personal details of the current network's participants. */
public interface ContactRepository extends JpaRepository<Contact, UUID> {

    Optional<Contact> findByParticipantId(UUID participantId);

    List<Contact> findByParticipantIdIn(Collection<UUID> participantIds);

    void deleteByParticipantId(UUID participantId);
}
