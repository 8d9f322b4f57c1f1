package org.localvoice.governance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The governance module's facade: the relevant decisions that authorise the use of a LINk's powers
 * (SI 2008/528 reg 2) and the governing body's sign-off of reports. Everything works within the
 * caller's network.
 */
public interface Governance {

    /**
     * The decision that authorises an action of this category.
     *
     * @throws DecisionRequiredException when the id is null or not a decision of the caller's network,
     *         when the decision is of another category, or when its date is still to come
     */
    AuthorisingDecision requireAuthorisingDecision(UUID decisionId, DecisionCategory category);

    /** A decision of the caller's network, corrections applied. */
    Optional<AuthorisingDecision> decision(UUID decisionId);

    /** Decisions of one category already made, newest first: for a pick-list. */
    Page<AuthorisingDecision> decisionsOf(DecisionCategory category, Pageable page);

    /** The most recent decisions of one category already made (at most 50), newest first: for a pick-list. */
    List<AuthorisingDecision> pickList(DecisionCategory category);

    /**
     * Records that a decision authorised a case of another module, shown with the decision.
     *
     * @param kind what kind of case, for example "powers.information-request" or "visits.visit"
     * @param reference the case's reference as people know it
     * @throws DecisionRequiredException when the decision is not one of the caller's network
     */
    void recordAuthorisedCase(UUID decisionId, String kind, UUID caseId, String reference);

    /** Whether the caller's network has published a required procedure, so it may make decisions. */
    boolean hasPublishedProcedure();

    /**
     * Puts a subject before the governing body for sign-off; it appears on {@code /governance/sign-offs}.
     * Asking again for the same subject updates its title and link.
     *
     * @param link where a governing member reads the subject (a path inside the application)
     */
    void requestSignOff(String subjectType, UUID subjectId, String title, String link);

    /**
     * Records the governing body's sign-off of a subject (governing members and host managers).
     *
     * @throws IllegalArgumentException when a required detail is missing or the date is in the future
     */
    SignOff recordSignOff(NewSignOff signOff);

    /** The latest sign-off of a subject, if it has been signed off. */
    Optional<SignOff> signOff(String subjectType, UUID subjectId);

    /** Whether a subject has been signed off. */
    default boolean isSignedOff(String subjectType, UUID subjectId) {
        return signOff(subjectType, subjectId).isPresent();
    }

    /** Every sign-off of a subject, oldest first (a later version signed off again). */
    List<SignOff> signOffs(String subjectType, UUID subjectId);
}
