package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;

/**
 * The relevant decisions that authorise each use of a power, and the governing body's sign-off of
 * reports: the powers module's view of the governance module.
 */
public interface DecisionGate {

    /** A decision for a pick-list. */
    record Option(UUID id, String label) {
    }

    /**
     * The label of the decision that authorises this use.
     *
     * @throws DecisionMissingException when it does not
     */
    String require(UUID decisionId, PowerUse use);

    /** Notes on the decision that it authorised this case. */
    void recordCase(UUID decisionId, PowerUse use, UUID caseId, String reference);

    /** Decisions of the right category, newest first. */
    List<Option> options(PowerUse use);

    /** Decisions of exactly the category of this use (no wider category offered), newest first. */
    List<Option> optionsOnly(PowerUse use);

    /** Puts a report before the governing body for sign-off. */
    void requestSignOff(UUID reportId, String title);

    /** The id of the governing body's sign-off of a report, or null. */
    UUID signOffOf(UUID reportId);

    /** The id of the governing body's sign-off of an Enter and View visit's report, or null. */
    UUID visitReportSignOffOf(UUID visitId);
}
