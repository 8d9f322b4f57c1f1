package org.localvoice.calendar.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.localvoice.calendar.NonWorkingDay;
import org.localvoice.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar, held in memory: England and Wales has about eight bank holidays a year, so
 * the whole set is a few kilobytes. It is reloaded after an import on this node and, so that other
 * nodes of a cluster follow, whenever it is older than {@code localvoice.calendar.holiday-cache-ttl}.
 */
@Service
class CachedWorkingDayCalendar implements WorkingDayCalendar {

    private record Snapshot(HolidaySet holidays, Instant loadedAt) {
    }

    private final BankHolidayRepository repository;
    private final Clock clock;
    private final Duration ttl;
    private volatile Snapshot snapshot;

    CachedWorkingDayCalendar(BankHolidayRepository repository, Clock clock,
            @Value("${localvoice.calendar.holiday-cache-ttl:PT10M}") Duration ttl) {
        this.repository = repository;
        this.clock = clock;
        this.ttl = ttl;
    }

    HolidaySet holidays() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(ttl).isBefore(clock.instant())) {
            current = reload();
        }
        return current.holidays();
    }

    /** Reads the holidays again; called after an import commits. */
    synchronized Snapshot reload() {
        Map<LocalDate, String> titles = new LinkedHashMap<>();
        repository.findByDivisionOrderByDateAsc(BankHoliday.ENGLAND_AND_WALES)
                .forEach(h -> titles.put(h.getDate(), h.getTitle()));
        Snapshot loaded = new Snapshot(HolidaySet.of(titles), clock.instant());
        snapshot = loaded;
        return loaded;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return holidays().isWorkingDay(date);
    }

    @Override
    public Optional<NonWorkingDay> nonWorkingDay(LocalDate date) {
        return holidays().nonWorkingDay(date);
    }

    @Override
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        HolidaySet set = holidays();
        LocalDate day = date;
        while (!set.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Override
    public int firstYearCovered() {
        return holidays().firstYear();
    }

    @Override
    public int lastYearCovered() {
        return holidays().lastYear();
    }
}
