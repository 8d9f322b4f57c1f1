package org.localvoice.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Working days in England and Wales: every day except Saturday, Sunday, Christmas Day, Good Friday and
 * a bank holiday. Held in memory and refreshed when an administrator imports new holidays.
 */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);

    /** Why the date is not a working day; empty for a working day. */
    Optional<NonWorkingDay> nonWorkingDay(LocalDate date);

    /** The first working day on or after the date. */
    LocalDate workingDayOnOrAfter(LocalDate date);

    /** First and last year the shipped or imported bank holiday data covers. */
    int firstYearCovered();

    int lastYearCovered();
}
