package org.localvoice.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded relevant decision as other modules see it: the decision a request for information, a
 * report, a referral or a visit relies on. Corrections already applied.
 *
 * @param reference the network's reference for the decision, for example "D-2026-004"
 * @param decidedBy the names of the people who made it
 * @param procedureTitle the required procedure it followed
 * @param procedureVersion the published version number of that procedure
 * @param published whether its statement and reasons have been published
 */
public record AuthorisingDecision(UUID id, UUID networkId, DecisionCategory category, String summary,
        LocalDate decidedOn, List<String> decidedBy, String reference, String procedureTitle,
        int procedureVersion, boolean published) {

    public AuthorisingDecision {
        decidedBy = List.copyOf(decidedBy);
    }

    /** A one-line label for pick-lists: reference, date and summary. */
    public String label() {
        return reference + " (" + decidedOn + "): " + summary;
    }
}
