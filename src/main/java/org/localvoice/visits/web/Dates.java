package org.localvoice.visits.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.validation.Errors;

/** Dates typed into the visits forms: ISO (what a date picker sends) or day/month/year. */
final class Dates {

    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d/M/uuuu"), strict("d M uuuu"), strict("d-M-uuuu"));

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    private Dates() {
    }

    static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                LocalDate d = LocalDate.parse(typed.trim(), f);
                return d.getYear() < 2000 || d.getYear() > 2099 ? null : d;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** Checks a date field: required and real; returns it, or null after rejecting the field. */
    static LocalDate require(Errors errors, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, "visits.error.dateRequired");
            return null;
        }
        LocalDate d = parse(typed);
        if (d == null) {
            errors.rejectValue(field, "visits.error.dateReal");
        }
        return d;
    }

    static String format(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
