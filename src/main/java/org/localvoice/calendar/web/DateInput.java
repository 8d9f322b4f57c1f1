package org.localvoice.calendar.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A GOV.UK date input (day, month, year as typed) and its checks, with the messages the GOV.UK Design
 * System recommends. Accepts dates from 2000 to 2099.
 */
record DateInput(String day, String month, String year) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    /** A checked date, or the message key and the parts to highlight. */
    record Checked(LocalDate date, String errorKey, Set<String> parts) {
        boolean valid() {
            return date != null;
        }
    }

    DateInput {
        day = clean(day);
        month = clean(month);
        year = clean(year);
    }

    static DateInput of(LocalDate date) {
        return date == null ? new DateInput(null, null, null)
                : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    Checked check(String keyPrefix) {
        Set<String> missing = new LinkedHashSet<>();
        if (day.isEmpty()) {
            missing.add("day");
        }
        if (month.isEmpty()) {
            missing.add("month");
        }
        if (year.isEmpty()) {
            missing.add("year");
        }
        if (missing.size() == 3) {
            return error(keyPrefix + "required", Set.of("day", "month", "year"));
        }
        if (!missing.isEmpty()) {
            return error(keyPrefix + "missing" + missingSuffix(missing), missing);
        }
        if (!digits(day) || !digits(month) || !digits(year)) {
            return error(keyPrefix + "real", Set.of("day", "month", "year"));
        }
        if (year.length() != 4) {
            return error(keyPrefix + "yearDigits", Set.of("year"));
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return error(keyPrefix + "real", Set.of("day", "month", "year"));
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            return error(keyPrefix + "range", Set.of("day", "month", "year"));
        }
        return new Checked(date, null, Set.of());
    }

    private static Checked error(String key, Set<String> parts) {
        return new Checked(null, key, parts);
    }

    private static String missingSuffix(Set<String> missing) {
        StringBuilder s = new StringBuilder();
        missing.forEach(p -> s.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1)));
        return s.toString();
    }

    private static boolean digits(String s) {
        return s.length() <= 4 && s.chars().allMatch(Character::isDigit);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
