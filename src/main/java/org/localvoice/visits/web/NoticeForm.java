package org.localvoice.visits.web;

import org.localvoice.shared.DateInput;

/** The date the printed notice letter was sent, as typed. */
public class NoticeForm {

    private DateInput sentOn = new DateInput();

    public DateInput getSentOn() {
        return sentOn;
    }

    public void setSentOn(DateInput sentOn) {
        this.sentOn = sentOn == null ? new DateInput() : sentOn;
    }
}
