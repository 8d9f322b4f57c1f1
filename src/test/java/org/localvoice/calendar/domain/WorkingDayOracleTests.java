package org.localvoice.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of generated (start date, N) pairs, each checked against a deliberately slow and separate
 * count: walk forward one day at a time from the start date and stop at the Nth working day. The oracle
 * reads the holiday file itself and shares no code with the production calendar.
 */
class WorkingDayOracleTests {

    private static final long SEED = 20081210L;
    private static final int CASES = 3000;
    private static final LocalDate FIRST = LocalDate.of(2008, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);
    /** Counts from late 2027 run into 2028, which the file does not cover: Good Friday 2028 is 14 April. */
    private static final LocalDate GOOD_FRIDAY_2028 = LocalDate.of(2028, 4, 14);
    private static final Set<LocalDate> LISTED = listedHolidays();

    static Stream<Arguments> generated() {
        Random random = new Random(SEED);
        long span = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
        Stream<Arguments> randomCases = Stream.generate(() -> Arguments.of(
                        LocalDate.ofEpochDay(FIRST.toEpochDay() + random.nextLong(span)), 1 + random.nextInt(60)))
                .limit(CASES);
        // Every listed holiday and the days either side of it as start dates, with N from 1 to 60.
        Random r2 = new Random(SEED + 1);
        Stream<Arguments> aroundHolidays = LISTED.stream().sorted()
                .flatMap(d -> Stream.of(d.minusDays(1), d, d.plusDays(1)))
                .map(d -> Arguments.of(d, 1 + r2.nextInt(60)));
        return Stream.concat(randomCases, aroundHolidays);
    }

    @ParameterizedTest(name = "{1} working days beginning with {0}")
    @MethodSource("generated")
    void agreesWithADayByDayCount(LocalDate start, int n) {
        LocalDate due = DeadlineArithmetic.compute(ShippedHolidays.HOLIDAYS, ShippedHolidays.LINKS_2008,
                ShippedHolidays.workingDaysBeginningWith(n), start).due();

        assertThat(due).isEqualTo(slowCount(start, n));
    }

    /** Day 1 is the start date if it is a working day; otherwise the first working day after it. */
    private static LocalDate slowCount(LocalDate start, int n) {
        LocalDate day = start;
        int count = 0;
        while (true) {
            if (oracleWorkingDay(day)) {
                count++;
                if (count == n) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    private static boolean oracleWorkingDay(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean christmas = day.getMonthValue() == 12 && day.getDayOfMonth() == 25;
        return !weekend && !christmas && !LISTED.contains(day) && !day.equals(GOOD_FRIDAY_2028);
    }

    private static Set<LocalDate> listedHolidays() {
        try (InputStream in = WorkingDayOracleTests.class.getResourceAsStream(ShippedHolidays.RESOURCE)) {
            JsonNode events = JsonMapper.builder().build().readTree(in).get("england-and-wales").get("events");
            Set<LocalDate> dates = new HashSet<>();
            events.forEach(e -> dates.add(LocalDate.parse(e.get("date").asString())));
            return dates;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
