package org.localvoice.powers;

/** Where a clock stands today, derived from its dates (see {@code ClockRules}); never stored. */
public enum ClockState {
    /** Running, the due date not yet near. */
    AWAITING_REPLY,
    /** Running, due within the network's warning period. */
    DUE_SOON,
    /** Running and past its due date. */
    OVERDUE,
    /** Stopped by an answer on or before the due date. */
    ANSWERED_ON_TIME,
    /** Stopped by an answer after the due date. */
    ANSWERED_LATE,
    /** Stopped without an answer (withdrawn or closed by the network). */
    CLOSED,
    /** Running again after an answer, for a recorded reason. */
    REOPENED;

    public boolean running() {
        return this == AWAITING_REPLY || this == DUE_SOON || this == OVERDUE || this == REOPENED;
    }
}
