package org.localvoice.membership;

import java.time.LocalDate;
import java.util.UUID;

/** A participant left the network on a day: they are no longer a member. */
public record ParticipantLeft(UUID networkId, UUID participantId, LocalDate leftOn) {
}
