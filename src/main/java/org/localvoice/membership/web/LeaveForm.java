package org.localvoice.membership.web;

import org.localvoice.shared.DateInput;

/** Marking a member as left: the day they left and why, as typed. */
public class LeaveForm {

    private DateInput leftOn = new DateInput();
    private String leftReason;

    public DateInput getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(DateInput leftOn) {
        this.leftOn = leftOn == null ? new DateInput() : leftOn;
    }

    public String getLeftReason() {
        return leftReason;
    }

    public void setLeftReason(String leftReason) {
        this.leftReason = leftReason;
    }
}
