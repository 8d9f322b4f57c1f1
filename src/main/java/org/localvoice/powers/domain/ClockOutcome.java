package org.localvoice.powers.domain;

/** Why a clock stopped. Every outcome but {@link #CLOSED} is an answer, timed against the due date. */
public enum ClockOutcome {
    /** A full, partial or refusing reply, or a report response. */
    ANSWERED,
    /** An acknowledgement (a duty of its own, separate from the substantive reply). */
    ACKNOWLEDGED,
    /** The recipient forwarded the matter to another body (which gets a clock of its own). */
    TRANSFERRED,
    /** The committee kept the network informed. */
    UPDATED,
    /** Closed by the network without an answer (withdrawn, or superseded). */
    CLOSED;

    public boolean answer() {
        return this != CLOSED;
    }
}
