package org.localvoice.powers.domain;

/** What an answer on a case was. Only an acknowledgement leaves the substantive reply's clock running. */
public enum ReplyKind {
    ACKNOWLEDGEMENT, FULL, PARTIAL, REFUSED, TRANSFERRED, UPDATE;

    /** Whether this answer stops the clock of a substantive reply. */
    public boolean substantive() {
        return this == FULL || this == PARTIAL || this == REFUSED || this == TRANSFERRED;
    }
}
