package org.localvoice.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localvoice.calendar.Counting;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.PeriodUnit;
import org.localvoice.calendar.SourceTag;

/** Calendar days, calendar months and fixed dates: none of them moves off weekends or holidays. */
class PeriodArithmeticTests {

    private static LocalDate due(DutyRule rule, LocalDate start) {
        Deadline d = DeadlineArithmetic.compute(ShippedHolidays.HOLIDAYS, ShippedHolidays.LINKS_2008, rule, start);
        assertThat(d.skipped()).isEmpty();
        assertThat(d.firstDay()).isNull();
        return d.due();
    }

    @ParameterizedTest(name = "{0} calendar days {1} {2} is {3}")
    @CsvSource({
            "30, AFTER, 2008-06-02, 2008-07-02",
            "30, BEGINNING_WITH, 2008-06-02, 2008-07-01",
            "1, AFTER, 2008-12-24, 2008-12-25",
            "30, AFTER, 2008-12-01, 2008-12-31",
            "7, AFTER, 2012-02-25, 2012-03-03"})
    void calendarDays(int n, Counting counting, LocalDate start, LocalDate expected) {
        assertThat(due(ShippedHolidays.rule(n, PeriodUnit.CALENDAR_DAYS, counting), start)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} calendar months {1} {2} is {3}")
    @CsvSource({
            "1, AFTER, 2009-03-05, 2009-04-05",
            "1, BEGINNING_WITH, 2009-03-05, 2009-04-04",
            "1, AFTER, 2009-01-31, 2009-02-28",
            "1, AFTER, 2012-01-31, 2012-02-29",
            "1, BEGINNING_WITH, 2009-03-31, 2009-04-30",
            "1, BEGINNING_WITH, 2009-01-31, 2009-02-28",
            "3, AFTER, 2008-11-30, 2009-02-28",
            "6, AFTER, 2008-08-31, 2009-02-28",
            "12, AFTER, 2012-02-29, 2013-02-28"})
    void calendarMonthsClampToTheEndOfShorterMonths(int n, Counting counting, LocalDate start, LocalDate expected) {
        assertThat(due(ShippedHolidays.rule(n, PeriodUnit.CALENDAR_MONTHS, counting), start)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "30 June {0} {1} is {2}")
    @CsvSource({
            "AFTER, 2009-03-31, 2009-06-30",
            "AFTER, 2012-03-31, 2012-06-30",
            "AFTER, 2009-06-30, 2010-06-30",
            "AFTER, 2009-07-01, 2010-06-30",
            "BEGINNING_WITH, 2009-06-30, 2009-06-30",
            "BEGINNING_WITH, 2009-07-01, 2010-06-30"})
    void fixedDateIsTheNextSuchDay(Counting counting, LocalDate start, LocalDate expected) {
        DutyRule annualReport = new DutyRule(Duty.ANNUAL_REPORT, 0, PeriodUnit.FIXED_DATE, counting, MonthDay.of(6, 30),
                SourceTag.S, "test", false);

        assertThat(due(annualReport, start)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "29 February after {0} is {1}")
    @CsvSource({"2011-03-01, 2012-02-29", "2012-03-01, 2013-02-28"})
    void fixedTwentyNinthOfFebruaryFallsBackInOrdinaryYears(LocalDate start, LocalDate expected) {
        DutyRule leap = new DutyRule(Duty.ANNUAL_REPORT, 0, PeriodUnit.FIXED_DATE, Counting.AFTER, MonthDay.of(2, 29),
                SourceTag.U, "test", false);

        assertThat(due(leap, start)).isEqualTo(expected);
    }
}
