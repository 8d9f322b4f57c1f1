package org.localvoice.membership.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * When a reply to a subject access or erasure request is due: one calendar month from the day the
 * request was received (UK GDPR Article 12(3), as the ICO explains it) — the same date next month, or
 * that month's last day when it has no such date — moved to the next working day when it falls on a
 * weekend or bank holiday. The calendar module has no duty for this, so it is worked out here with
 * java.time and the working-day calendar, and the explanation is stored with the date.
 */
public record ResponseDue(LocalDate due, String explanation) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** @param workingDayOnOrAfter the first working day on or after a date (England and Wales) */
    public static ResponseDue from(LocalDate received, UnaryOperator<LocalDate> workingDayOnOrAfter) {
        LocalDate monthLater = received.plusMonths(1);
        StringBuilder why = new StringBuilder("One calendar month from receipt on ").append(DATE.format(received))
                .append(" (UK GDPR Article 12(3)): ").append(DATE.format(monthLater));
        if (monthLater.getDayOfMonth() != received.getDayOfMonth()) {
            why.append(", the last day of that month");
        }
        LocalDate due = workingDayOnOrAfter.apply(monthLater);
        if (!due.equals(monthLater)) {
            boolean weekend = monthLater.getDayOfWeek() == DayOfWeek.SATURDAY || monthLater.getDayOfWeek() == DayOfWeek.SUNDAY;
            why.append(weekend ? " is a weekend" : " is a bank holiday").append(", so the next working day: ").append(DATE.format(due));
        }
        return new ResponseDue(due, why.append('.').toString());
    }
}
