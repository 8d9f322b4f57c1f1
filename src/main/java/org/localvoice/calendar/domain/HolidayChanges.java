package org.localvoice.calendar.domain;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What an import would change in the England and Wales holidays. gov.uk publishes a moving window of
 * years, so only the years a file covers are compared: holidays outside them are kept.
 */
public record HolidayChanges(LocalDate coveredFrom, LocalDate coveredTo, List<Change> added, List<Change> removed,
        List<Change> renamed) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Kind {
        ADDED, REMOVED, RENAMED
    }

    public record Change(LocalDate date, Kind kind, String oldTitle, String newTitle) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public HolidayChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        renamed = List.copyOf(renamed);
    }

    /** Compares the current titles with a file's, within the whole years the file covers. */
    public static HolidayChanges between(Map<LocalDate, String> current, ParsedHolidays incoming) {
        LocalDate from = incoming.coveredFrom();
        LocalDate to = incoming.coveredTo();
        Map<LocalDate, String> next = incoming.titles();
        List<Change> added = new ArrayList<>();
        List<Change> removed = new ArrayList<>();
        List<Change> renamed = new ArrayList<>();
        TreeSet<LocalDate> dates = new TreeSet<>(next.keySet());
        current.keySet().stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).forEach(dates::add);
        for (LocalDate date : dates) {
            String was = current.get(date);
            String now = next.get(date);
            if (was == null) {
                added.add(new Change(date, Kind.ADDED, null, now));
            } else if (now == null) {
                removed.add(new Change(date, Kind.REMOVED, was, null));
            } else if (!Objects.equals(was, now)) {
                renamed.add(new Change(date, Kind.RENAMED, was, now));
            }
        }
        return new HolidayChanges(from, to, added, removed, renamed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && renamed.isEmpty();
    }

    public List<Change> all() {
        List<Change> all = new ArrayList<>(added);
        all.addAll(removed);
        all.addAll(renamed);
        all.sort(java.util.Comparator.comparing(Change::date));
        return all;
    }
}
