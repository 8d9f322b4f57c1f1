package org.localvoice.powers.domain;

import java.time.LocalDate;

/** Whether a promised change happened is recorded at or after the review date the recipient gave. */
public class OutcomeTooEarlyException extends RuntimeException {

    private final LocalDate reviewOn;

    public OutcomeTooEarlyException(LocalDate reviewOn) {
        super("The review date is " + reviewOn);
        this.reviewOn = reviewOn;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }
}
