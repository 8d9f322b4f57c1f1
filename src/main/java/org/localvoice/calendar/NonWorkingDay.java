package org.localvoice.calendar;

import java.time.LocalDate;

/** A day that is not a working day, with the reason and, for a listed bank holiday, its title. */
public record NonWorkingDay(LocalDate date, NonWorkingReason reason, String title) {
}
