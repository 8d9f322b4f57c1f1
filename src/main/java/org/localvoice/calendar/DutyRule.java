package org.localvoice.calendar;

import java.time.MonthDay;

/**
 * How long one duty gives under one rule set. For {@link PeriodUnit#FIXED_DATE} the period is 0 and
 * {@link #fixedDate()} is the day of the year.
 */
public record DutyRule(Duty duty, int period, PeriodUnit unit, Counting counting, MonthDay fixedDate,
        SourceTag sourceTag, String sourceNote, boolean clockRestartsOnTransfer) {

    public DutyRule {
        if (unit == PeriodUnit.FIXED_DATE ? fixedDate == null : period < 1) {
            throw new IllegalArgumentException("Invalid rule for " + duty);
        }
    }
}
