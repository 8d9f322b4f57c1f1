package org.localvoice.governance;

import java.util.UUID;

/**
 * Thrown when an action needs a relevant decision and the one named cannot authorise it: it does not
 * exist in the caller's network, it is of another category, or it has not been made yet.
 * {@link #messageKey()} is a message in the governance bundle for a field-level error; its argument
 * {0} is the category's paragraph letter.
 */
public class DecisionRequiredException extends RuntimeException {

    /** Why the decision cannot authorise the action. */
    public enum Reason {
        /** No decision was named, or none with that id exists in this network. */
        NOT_FOUND,
        /** The decision is of another category. */
        WRONG_CATEGORY,
        /** The decision's date is still to come. */
        NOT_MADE
    }

    private final UUID decisionId;
    private final DecisionCategory required;
    private final Reason reason;

    public DecisionRequiredException(UUID decisionId, DecisionCategory required, Reason reason) {
        super("Decision " + decisionId + " cannot authorise a category (" + required.letter() + ") action: " + reason);
        this.decisionId = decisionId;
        this.required = required;
        this.reason = reason;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public DecisionCategory required() {
        return required;
    }

    public Reason reason() {
        return reason;
    }

    /** A message key for the form field that named the decision, with the category letter as {0}. */
    public String messageKey() {
        return "governance.decisionRequired." + reason.name();
    }
}
