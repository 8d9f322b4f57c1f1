package org.localvoice.membership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The membership module's facade: the participants of the current network (the people and
 * organisations that take part in the LINk). Every method looks within the caller's network only; an
 * id from another network is not found.
 */
public interface Participants {

    /** A participant of the current network; empty for an unknown id or another network's participant. */
    Optional<ParticipantSummary> find(UUID participantId);

    /**
     * Participants of the current network for a pick-list: {@code namePrefix} matches the start of any
     * word of the name (ignoring case; blank matches everyone), ordered by name. Erased and declined
     * participants are left out.
     */
    Page<ParticipantSummary> search(String namePrefix, Pageable page);

    /** The participant record linked to a sign-in account of the current network, if any. */
    Optional<ParticipantSummary> forAccount(UUID accountId);

    /** Whether the participant is a member of the current network now (accepted, and has not left). */
    boolean isMember(UUID participantId);

    /** The people an organisation of the current network has named as its representatives. */
    List<ParticipantSummary> representativesOf(UUID organisationId);
}
