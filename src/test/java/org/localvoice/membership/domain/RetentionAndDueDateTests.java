package org.localvoice.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RetentionAndDueDateTests {

    static final ZoneId UK = ZoneId.of("Europe/London");

    static LocalDate weekendsOnly(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    @ParameterizedTest
    @CsvSource({"2026-09-03, 2026-10-05", "2026-01-31, 2026-03-02", "2026-03-31, 2026-04-30", "2026-06-15, 2026-07-15"})
    void aReplyIsDueOneCalendarMonthLaterOnAWorkingDay(LocalDate received, LocalDate due) {
        assertThat(ResponseDue.from(received, RetentionAndDueDateTests::weekendsOnly).due()).isEqualTo(due);
    }

    @Test
    void theDueDateExplainsItself() {
        assertThat(ResponseDue.from(LocalDate.of(2026, 1, 31), RetentionAndDueDateTests::weekendsOnly).explanation())
                .isEqualTo("One calendar month from receipt on 31 January 2026 (UK GDPR Article 12(3)): 28 February 2026, "
                        + "the last day of that month is a weekend, so the next working day: 2 March 2026.");
    }

    static Stream<LocalDate> everyDayOfTwoYears() {
        return IntStream.range(0, 730).mapToObj(i -> LocalDate.of(2026, 1, 1).plusDays(i));
    }

    @ParameterizedTest
    @MethodSource("everyDayOfTwoYears")
    void theDueDateIsNeverBeforeAMonthNorMoreThanAMonthAndAWeekendLater(LocalDate received) {
        LocalDate due = ResponseDue.from(received, RetentionAndDueDateTests::weekendsOnly).due();
        assertThat(due).isAfterOrEqualTo(received.plusMonths(1)).isBeforeOrEqualTo(received.plusMonths(1).plusDays(2));
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void aRecordIsRemovedFromTheDayAfterItsMonthsAreUp() {
        Instant declined = LocalDate.of(2026, 1, 15).atTime(14, 0).atZone(UK).toInstant();
        assertThat(RetentionPolicy.removeFrom(declined, 6)).isEqualTo(LocalDate.of(2026, 7, 16).atStartOfDay(UK).toInstant());
        assertThat(RetentionPolicy.due(declined, 6, LocalDate.of(2026, 7, 15).atTime(23, 59).atZone(UK).toInstant())).isFalse();
        assertThat(RetentionPolicy.due(declined, 6, LocalDate.of(2026, 7, 16).atTime(0, 0).atZone(UK).toInstant())).isTrue();
        assertThat(RetentionPolicy.due(declined, 0, declined.plusSeconds(36_000))).isTrue();
        assertThatThrownBy(() -> RetentionPolicy.removeFrom(declined, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Object[]> finishTimesAndMonths() {
        return IntStream.range(0, 300).mapToObj(i -> new Object[] {
            LocalDate.of(2025, 1, 1).plusDays(i * 3L).atTime(i % 24, (i * 7) % 60).atZone(UK).toInstant(), i % 30});
    }

    @ParameterizedTest
    @MethodSource("finishTimesAndMonths")
    void theQueryCutOffAgreesWithTheRuleForEveryRecord(Instant finished, int months) {
        for (int day = 0; day < 1000; day += 37) {
            Instant now = finished.plusSeconds(day * 86_400L + 3_600);
            boolean selected = finished.isBefore(RetentionPolicy.finishedBefore(now, months));
            assertThat(selected).as("finished %s, kept %d months, now %s", finished, months, now)
                    .isEqualTo(RetentionPolicy.due(finished, months, now));
        }
    }
}
