package org.localvoice.calendar.domain;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The England and Wales events of a gov.uk bank-holidays.json file, checked and sorted by date. */
public record ParsedHolidays(List<Event> events) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public record Event(LocalDate date, String title, String notes, boolean bunting) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public ParsedHolidays {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("No events");
        }
        events = events.stream().sorted(java.util.Comparator.comparing(Event::date)).toList();
    }

    /** 1 January of the first year in the file. */
    public LocalDate coveredFrom() {
        return LocalDate.of(events.get(0).date().getYear(), 1, 1);
    }

    /** 31 December of the last year in the file. */
    public LocalDate coveredTo() {
        return LocalDate.of(events.get(events.size() - 1).date().getYear(), 12, 31);
    }

    public Map<LocalDate, String> titles() {
        Map<LocalDate, String> titles = new TreeMap<>();
        events.forEach(e -> titles.put(e.date(), e.title()));
        return Collections.unmodifiableMap(titles);
    }
}
