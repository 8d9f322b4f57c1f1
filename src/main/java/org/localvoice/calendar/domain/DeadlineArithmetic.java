package org.localvoice.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.localvoice.calendar.Counting;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.NonWorkingDay;
import org.localvoice.calendar.RuleSetRef;

/**
 * Counts periods the way the legislation words them. "N days beginning with D" is the same count as
 * "N days after the day before D", so each unit is computed once, from the day before day 1:
 * <ul>
 * <li>working days: the Nth working day after that day (so D is day 1 if it is a working day, otherwise
 * the next working day is);</li>
 * <li>calendar days: that day plus N days;</li>
 * <li>calendar months: that day plus N months with {@link LocalDate#plusMonths} semantics, so a month
 * after 31 January is the last day of February (28th, or 29th in a leap year) and a month beginning with
 * 31 March ends on 30 April;</li>
 * <li>fixed date: the first such day of the year after the start date ({@code AFTER}) or on or after it
 * ({@code BEGINNING_WITH}); 29 February falls back to 28 February in other years.</li>
 * </ul>
 * Calendar days, months and fixed dates are not moved off weekends or holidays: the law does not say so.
 */
public final class DeadlineArithmetic {

    /** Guards against runaway counts on absurd input; rule periods are at most 1000. */
    static final int MAX_PERIOD = 1000;

    private DeadlineArithmetic() {
    }

    public static Deadline compute(HolidaySet holidays, RuleSetRef ruleSet, DutyRule rule, LocalDate start) {
        LocalDate dayBefore = rule.counting() == Counting.BEGINNING_WITH ? start.minusDays(1) : start;
        return switch (rule.unit()) {
            case WORKING_DAYS -> workingDays(holidays, ruleSet, rule, start, dayBefore);
            case CALENDAR_DAYS -> plain(ruleSet, rule, start, dayBefore.plusDays(checked(rule.period())));
            case CALENDAR_MONTHS -> plain(ruleSet, rule, start, dayBefore.plusMonths(checked(rule.period())));
            case FIXED_DATE -> plain(ruleSet, rule, start, nextFixedDate(rule, dayBefore));
        };
    }

    private static Deadline workingDays(HolidaySet holidays, RuleSetRef ruleSet, DutyRule rule, LocalDate start,
            LocalDate dayBefore) {
        int period = checked(rule.period());
        List<NonWorkingDay> skipped = new ArrayList<>();
        int weekendDays = 0;
        int counted = 0;
        boolean beyond = false;
        LocalDate firstDay = null;
        LocalDate day = dayBefore;
        while (counted < period) {
            day = day.plusDays(1);
            beyond |= !holidays.covers(day.getYear());
            Optional<NonWorkingDay> off = holidays.nonWorkingDay(day);
            if (off.isEmpty()) {
                counted++;
                if (firstDay == null) {
                    firstDay = day;
                }
            } else if (off.get().reason().weekend()) {
                weekendDays++;
            } else {
                skipped.add(off.get());
            }
        }
        return new Deadline(start, day, rule, ruleSet, firstDay, skipped, weekendDays, beyond);
    }

    private static Deadline plain(RuleSetRef ruleSet, DutyRule rule, LocalDate start, LocalDate due) {
        return new Deadline(start, due, rule, ruleSet, null, List.of(), 0, false);
    }

    private static LocalDate nextFixedDate(DutyRule rule, LocalDate after) {
        LocalDate candidate = rule.fixedDate().atYear(after.getYear());
        return candidate.isAfter(after) ? candidate : rule.fixedDate().atYear(after.getYear() + 1);
    }

    private static int checked(int period) {
        if (period < 1 || period > MAX_PERIOD) {
            throw new IllegalArgumentException("Period out of range: " + period);
        }
        return period;
    }
}
