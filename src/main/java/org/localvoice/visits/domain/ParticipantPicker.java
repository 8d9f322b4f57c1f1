package org.localvoice.visits.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current network's participants, as the representatives pages need them. */
public interface ParticipantPicker {

    /** A participant who is a person. */
    record Person(UUID id, String name, String email) {
    }

    Optional<Person> find(UUID participantId);

    /** People whose name starts with the text (any word), by name; at most {@code limit}. */
    List<Person> search(String text, int limit);

    /** Whether the participant is a member of the network now (accepted, not left, not erased). */
    boolean isMember(UUID participantId);

    /** The participant linked to a sign-in account. */
    Optional<Person> forAccount(UUID accountId);
}
