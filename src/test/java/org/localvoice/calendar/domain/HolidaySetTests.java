package org.localvoice.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localvoice.calendar.NonWorkingReason;

class HolidaySetTests {

    @ParameterizedTest(name = "Good Friday {0} is not a working day even with no holiday data")
    @CsvSource({"2008-03-21", "2011-04-22", "2019-04-19", "2024-03-29", "2025-04-18", "2030-04-19", "2038-04-23",
            "2049-04-16"})
    void goodFridayIsNeverAWorkingDay(LocalDate goodFriday) {
        HolidaySet none = HolidaySet.empty();

        assertThat(none.isWorkingDay(goodFriday)).isFalse();
        assertThat(none.nonWorkingDay(goodFriday).orElseThrow().reason()).isEqualTo(NonWorkingReason.GOOD_FRIDAY);
        assertThat(none.isWorkingDay(goodFriday.minusDays(1))).isTrue();
    }

    @ParameterizedTest(name = "Christmas Day {0} is not a working day even with no holiday data")
    @CsvSource({"2008-12-25", "2013-12-25", "2029-12-25", "2035-12-25"})
    void christmasDayIsNeverAWorkingDay(LocalDate christmas) {
        HolidaySet none = HolidaySet.empty();

        assertThat(none.isWorkingDay(christmas)).isFalse();
        assertThat(none.nonWorkingDay(christmas).orElseThrow().reason()).isIn(NonWorkingReason.CHRISTMAS_DAY,
                NonWorkingReason.SATURDAY, NonWorkingReason.SUNDAY);
    }

    @Test
    void weekendsAreNotWorkingDaysAndSayWhichDay() {
        HolidaySet none = HolidaySet.empty();

        assertThat(none.nonWorkingDay(LocalDate.of(2008, 6, 7)).orElseThrow().reason()).isEqualTo(NonWorkingReason.SATURDAY);
        assertThat(none.nonWorkingDay(LocalDate.of(2008, 6, 8)).orElseThrow().reason()).isEqualTo(NonWorkingReason.SUNDAY);
        assertThat(none.isWorkingDay(LocalDate.of(2008, 6, 9))).isTrue();
    }

    @Test
    void aListedHolidayIsNotAWorkingDayAndKeepsItsTitle() {
        HolidaySet set = HolidaySet.of(Map.of(LocalDate.of(2011, 4, 29), "Royal wedding"));

        assertThat(set.nonWorkingDay(LocalDate.of(2011, 4, 29)).orElseThrow().title()).isEqualTo("Royal wedding");
        assertThat(set.covers(2011)).isTrue();
        assertThat(set.covers(2012)).isFalse();
    }

    @Test
    void theShippedDataCovers2008To2027WithEveryOneOffHoliday() {
        HolidaySet shipped = ShippedHolidays.HOLIDAYS;

        assertThat(shipped.firstYear()).isEqualTo(2008);
        assertThat(shipped.lastYear()).isEqualTo(2027);
        assertThat(shipped.titles()).hasSize(165).containsKeys(LocalDate.of(2011, 4, 29), LocalDate.of(2012, 6, 4),
                LocalDate.of(2012, 6, 5), LocalDate.of(2020, 5, 8), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8));
        assertThat(shipped.titles()).doesNotContainKeys(LocalDate.of(2012, 5, 28), LocalDate.of(2020, 5, 4),
                LocalDate.of(2022, 5, 30));
    }

    @ParameterizedTest(name = "Easter Sunday {0}")
    @CsvSource({"2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2038-04-25", "2285-03-22", "1943-04-25"})
    void easterFollowsTheGregorianComputus(LocalDate sunday) {
        assertThat(Easter.sunday(sunday.getYear())).isEqualTo(sunday);
    }
}
