package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The relevant decisions of category (f), "which premises to enter and view, and when" (SI 2008/528 reg 2(2)(f)). */
public interface EnterAndViewDecisions {

    /** A decision as a visit plan shows it. */
    record Decision(UUID id, String label, String summary, LocalDate decidedOn) {
    }

    /**
     * The decision, if it is a category (f) decision of the current network already made.
     *
     * @throws RefusedException naming what is wrong otherwise
     */
    Decision require(UUID decisionId);

    /** Recent category (f) decisions for the plan's pick-list, newest first. */
    List<Decision> choices();

    /** Notes on the decision that it authorised this visit. */
    void recordVisit(UUID decisionId, UUID visitId, String reference);
}
