package org.localvoice.membership;

import java.util.UUID;

/**
 * A participant's personal data was erased (an erasure request carried out, or a retention rule applied):
 * other modules that copied their name or contact details remove them too.
 */
public record ParticipantErased(UUID networkId, UUID participantId) {
}
