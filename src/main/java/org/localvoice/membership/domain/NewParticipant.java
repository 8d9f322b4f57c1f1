package org.localvoice.membership.domain;

import java.util.List;
import java.util.Map;
import org.localvoice.membership.OrganisationKind;
import org.localvoice.membership.ParticipantKind;

/**
 * A participant as given on the join form or by staff.
 *
 * @param consents the purposes agreed to, each with the words shown
 */
public record NewParticipant(ParticipantKind kind, OrganisationKind organisationKind, String displayName,
        ContactDetails contact, List<String> interests, Map<Consent.Purpose, String> consents) {

    public NewParticipant {
        interests = interests == null ? List.of() : List.copyOf(interests);
        consents = consents == null ? Map.of() : Map.copyOf(consents);
    }
}
