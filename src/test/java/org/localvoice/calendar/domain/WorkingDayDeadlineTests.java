package org.localvoice.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localvoice.calendar.Counting;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.NonWorkingDay;
import org.localvoice.calendar.NonWorkingReason;
import org.localvoice.calendar.PeriodUnit;

/** "N working days beginning with D" across the special cases of the England and Wales calendar. */
class WorkingDayDeadlineTests {

    private static Deadline workingDays(int n, String start) {
        return DeadlineArithmetic.compute(ShippedHolidays.HOLIDAYS, ShippedHolidays.LINKS_2008,
                ShippedHolidays.workingDaysBeginningWith(n), LocalDate.parse(start));
    }

    @ParameterizedTest(name = "{0} working days beginning with {1} end on {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            20 | 2008-06-02 | 2008-06-27 |                                              | no holidays, only weekends
            20 | 2008-12-10 | 2009-01-09 | 2008-12-25 2008-12-26 2009-01-01             | Christmas and New Year (legal.md example)
            10 | 2010-12-20 | 2011-01-05 | 2010-12-27 2010-12-28 2011-01-03             | substitute days when Christmas and New Year fall at weekends
             5 | 2015-12-24 | 2016-01-04 | 2015-12-25 2015-12-28 2016-01-01             | Boxing Day substitute 2015
             3 | 2026-12-24 | 2026-12-30 | 2026-12-25 2026-12-28                        | Boxing Day substitute 2026
             3 | 2027-12-24 | 2027-12-30 | 2027-12-27 2027-12-28                        | both Christmas substitutes 2027
            20 | 2009-04-06 | 2009-05-06 | 2009-04-10 2009-04-13 2009-05-04             | Easter 2009 and early May
            20 | 2011-04-18 | 2011-05-19 | 2011-04-22 2011-04-25 2011-04-29 2011-05-02  | Easter 2011 and the royal wedding
            20 | 2012-05-22 | 2012-06-20 | 2012-06-04 2012-06-05                        | 2012 spring holiday moved and Diamond Jubilee (28 May 2012 is a working day)
            20 | 2020-05-01 | 2020-06-01 | 2020-05-08 2020-05-25                        | 2020 early May holiday moved to VE day (4 May 2020 is a working day)
            20 | 2022-05-23 | 2022-06-21 | 2022-06-02 2022-06-03                        | 2022 Platinum Jubilee (30 May 2022 is a working day)
            20 | 2022-09-12 | 2022-10-10 | 2022-09-19                                   | 2022 State Funeral of Queen Elizabeth II
            20 | 2023-04-24 | 2023-05-23 | 2023-05-01 2023-05-08                        | 2023 coronation of King Charles III
             1 | 2010-12-24 | 2010-12-24 |                                              | day 1 is the start date when it is a working day
             1 | 2011-04-29 | 2011-05-03 | 2011-04-29 2011-05-02                        | start on the royal wedding
             1 | 2012-06-04 | 2012-06-06 | 2012-06-04 2012-06-05                        | start on the moved spring holiday
             1 | 2020-05-04 | 2020-05-04 |                                              | the usual early May Monday was a working day in 2020
             1 | 2020-05-08 | 2020-05-11 | 2020-05-08                                   | start on VE day 2020
             1 | 2022-06-02 | 2022-06-06 | 2022-06-02 2022-06-03                        | start on the Platinum Jubilee
             1 | 2022-09-19 | 2022-09-20 | 2022-09-19                                   | start on the State Funeral
             1 | 2023-05-08 | 2023-05-09 | 2023-05-08                                   | start on the coronation
            """)
    void countsWorkingDaysAcrossHolidays(int n, String start, String due, String skipped, String why) {
        Deadline deadline = workingDays(n, start);

        assertThat(deadline.due()).as(why).isEqualTo(LocalDate.parse(due));
        List<LocalDate> expectedSkipped = skipped == null ? List.of()
                : Arrays.stream(skipped.trim().split("\\s+")).map(LocalDate::parse).toList();
        assertThat(deadline.skipped()).extracting(NonWorkingDay::date).as(why).containsExactlyElementsOf(expectedSkipped);
    }

    @ParameterizedTest(name = "starting on {0} ({2}) makes {1} day 1")
    @CsvSource({
            "2008-06-07, 2008-06-09, Saturday",
            "2008-06-08, 2008-06-09, Sunday",
            "2009-04-10, 2009-04-14, Good Friday then Easter Monday",
            "2008-12-25, 2008-12-29, Christmas Day then Boxing Day and a weekend",
            "2011-04-29, 2011-05-03, royal wedding then a weekend and early May"})
    void aStartOnANonWorkingDayCountsFromTheNextWorkingDay(String start, String firstDay, String why) {
        Deadline deadline = workingDays(20, start);

        assertThat(deadline.firstDay()).as(why).isEqualTo(LocalDate.parse(firstDay));
        assertThat(workingDays(20, start).due()).isEqualTo(workingDays(20, firstDay).due());
    }

    @Test
    void aWeekendStartIsCountedAsWeekendNotListedAsSkipped() {
        Deadline deadline = workingDays(20, "2008-06-07");

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2008, 7, 4));
        assertThat(deadline.skipped()).isEmpty();
        assertThat(deadline.weekendDays()).isEqualTo(8);
    }

    @Test
    void skippedDaysSayWhyTheyAreNotWorkingDays() {
        Deadline deadline = workingDays(20, "2008-12-10");

        assertThat(deadline.skipped()).extracting(NonWorkingDay::reason).containsExactly(
                NonWorkingReason.CHRISTMAS_DAY, NonWorkingReason.BANK_HOLIDAY, NonWorkingReason.BANK_HOLIDAY);
        assertThat(deadline.skipped().get(1).title()).isEqualTo("Boxing Day");
        assertThat(deadline.ruleSet()).isEqualTo(ShippedHolidays.LINKS_2008);
    }

    @Test
    void workingDaysAfterADateStartCountingTheNextDay() {
        Deadline after = DeadlineArithmetic.compute(ShippedHolidays.HOLIDAYS, ShippedHolidays.LINKS_2008,
                ShippedHolidays.rule(1, PeriodUnit.WORKING_DAYS, Counting.AFTER), LocalDate.of(2008, 6, 2));

        assertThat(after.due()).isEqualTo(LocalDate.of(2008, 6, 3));
        assertThat(DeadlineArithmetic.compute(ShippedHolidays.HOLIDAYS, ShippedHolidays.LINKS_2008,
                ShippedHolidays.rule(20, PeriodUnit.WORKING_DAYS, Counting.AFTER), LocalDate.of(2008, 12, 9)).due())
                .isEqualTo(LocalDate.of(2009, 1, 9));
    }

    @Test
    void aCountInsideTheDataIsNotFlaggedButOnePastItIs() {
        assertThat(workingDays(20, "2027-11-01").beyondHolidayData()).isFalse();
        assertThat(workingDays(20, "2027-12-20").beyondHolidayData()).isTrue();
        assertThat(workingDays(20, "2007-12-03").beyondHolidayData()).isTrue();
    }
}
