package org.localvoice.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed due date with everything needed to explain and to reproduce it.
 *
 * @param start the date the period runs from, as given
 * @param due the last day on which the duty is met in time
 * @param rule the rule applied
 * @param ruleSet the rule set and version the rule came from
 * @param firstDay for working days: day 1 of the count; otherwise {@code null}
 * @param skipped weekday holidays passed over while counting working days (weekends are only counted)
 * @param weekendDays Saturdays and Sundays passed over while counting working days
 * @param beyondHolidayData true when the count ran past the years the holiday data covers, so a bank
 *        holiday announced later may move the due date
 */
public record Deadline(LocalDate start, LocalDate due, DutyRule rule, RuleSetRef ruleSet, LocalDate firstDay,
        List<NonWorkingDay> skipped, int weekendDays, boolean beyondHolidayData) {

    public Deadline {
        skipped = List.copyOf(skipped);
    }

    public Duty duty() {
        return rule.duty();
    }
}
