package org.localvoice.calendar;

/** What a rule's period counts. */
public enum PeriodUnit {
    /** Days that are not Saturday, Sunday, Christmas Day, Good Friday or an England and Wales bank holiday. */
    WORKING_DAYS,
    CALENDAR_DAYS,
    /** Months with {@link java.time.LocalDate#plusMonths} semantics: past the end of a shorter month, its last day. */
    CALENDAR_MONTHS,
    /** A day of the year (for example 30 June) after the start date; the period is not used. */
    FIXED_DATE
}
