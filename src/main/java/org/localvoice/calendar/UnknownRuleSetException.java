package org.localvoice.calendar;

/** No rule set has the code or id asked for, or it has no rule for the duty. */
public class UnknownRuleSetException extends RuntimeException {

    public UnknownRuleSetException(String message) {
        super(message);
    }
}
