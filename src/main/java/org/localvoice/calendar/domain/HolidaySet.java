package org.localvoice.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.localvoice.calendar.NonWorkingDay;
import org.localvoice.calendar.NonWorkingReason;

/**
 * An immutable set of England and Wales bank holidays (date to title) that answers whether a day is a
 * working day. Christmas Day and Good Friday are never working days, whether or not the data lists them.
 */
public final class HolidaySet {

    private final Map<LocalDate, String> titles;
    private final int firstYear;
    private final int lastYear;

    private HolidaySet(Map<LocalDate, String> titles) {
        TreeMap<LocalDate, String> sorted = new TreeMap<>(titles);
        this.titles = Collections.unmodifiableMap(sorted);
        this.firstYear = sorted.isEmpty() ? 0 : sorted.firstKey().getYear();
        this.lastYear = sorted.isEmpty() ? -1 : sorted.lastKey().getYear();
    }

    public static HolidaySet of(Map<LocalDate, String> titles) {
        return new HolidaySet(titles);
    }

    public static HolidaySet empty() {
        return new HolidaySet(Map.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        return nonWorkingDay(date).isEmpty();
    }

    public Optional<NonWorkingDay> nonWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        String title = titles.get(date);
        if (dow == DayOfWeek.SATURDAY) {
            return Optional.of(new NonWorkingDay(date, NonWorkingReason.SATURDAY, title));
        }
        if (dow == DayOfWeek.SUNDAY) {
            return Optional.of(new NonWorkingDay(date, NonWorkingReason.SUNDAY, title));
        }
        if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 25) {
            return Optional.of(new NonWorkingDay(date, NonWorkingReason.CHRISTMAS_DAY, title));
        }
        if (date.equals(Easter.goodFriday(date.getYear()))) {
            return Optional.of(new NonWorkingDay(date, NonWorkingReason.GOOD_FRIDAY, title));
        }
        if (title != null) {
            return Optional.of(new NonWorkingDay(date, NonWorkingReason.BANK_HOLIDAY, title));
        }
        return Optional.empty();
    }

    /** Whether the data lists holidays for the year (years outside it may have holidays not yet known). */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public Map<LocalDate, String> titles() {
        return titles;
    }
}
