package org.localvoice.powers.domain;

/** A report may not be sent before the governing body has signed it off. */
public class SignOffMissingException extends RuntimeException {

    public SignOffMissingException() {
        super("The governing body has not signed off this report");
    }
}
