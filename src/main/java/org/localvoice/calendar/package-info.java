/**
 * Calendar: the working-day calendar (England and Wales bank holidays), versioned rule sets that say
 * how long each statutory duty gives, and deadline arithmetic that explains itself. Public face:
 * {@link org.localvoice.calendar.WorkingDayCalendar}, {@link org.localvoice.calendar.StatutoryClock},
 * {@link org.localvoice.calendar.DeadlineExplanations} and their records and events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
        allowedDependencies = {"shared", "tenancy", "access"})
package org.localvoice.calendar;
