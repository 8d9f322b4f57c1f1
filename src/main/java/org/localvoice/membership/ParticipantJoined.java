package org.localvoice.membership;

import java.util.UUID;

/**
 * A participant became a member of the network: their application was accepted (by staff, or
 * automatically under the network's rule) or staff added them.
 */
public record ParticipantJoined(UUID networkId, UUID participantId, boolean person) {
}
