package org.localvoice.calendar;

/** Whether the start date counts as the first day of the period. */
public enum Counting {
    /** "N days beginning with D": D is day 1 (for working days: D if a working day, else the next one). */
    BEGINNING_WITH,
    /** "N days after D": the day after D is day 1. */
    AFTER
}
