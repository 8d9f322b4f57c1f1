package org.localvoice.membership;

import java.util.UUID;

/**
 * A participant as other modules may see it: a person or an organisation taking part in the LINk.
 *
 * @param person true for an individual, false for an organisation (a user-led group, charity, ...)
 * @param email the participant's contact e-mail address; null when none was given or it was erased
 */
public record ParticipantSummary(UUID id, UUID networkId, String displayName, boolean person, String email) {
}
