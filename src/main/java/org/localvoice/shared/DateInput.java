package org.localvoice.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A date as typed into the GOV.UK date input (day, month and year boxes; the fragment
 * {@code fragments/date-input :: dateInput}), and the checks that turn it into a date with field-level
 * errors ("Date of visit must be a real date"). What was typed is kept, so a page shown again with errors
 * shows it. A single typed date (for example 2026-03-27) is also accepted, through {@link #valueOf(String)}.
 * Error messages name the field by a message key; {@code <nameKey>.required} is the message when nothing
 * was typed; the other messages are {@code date.error.*} in the common bundle.
 */
public class DateInput {

    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d/M/uuuu"), strict("d M uuuu"), strict("d-M-uuuu"));

    private String day;
    private String month;
    private String year;

    public DateInput() {
    }

    public DateInput(String day, String month, String year) {
        this.day = day;
        this.month = month;
        this.year = year;
    }

    public static DateInput of(LocalDate date) {
        return date == null ? new DateInput()
                : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    /** A date typed into one field; kept as typed (in the day box) when it is not a date. */
    public static DateInput valueOf(String typed) {
        LocalDate d = parse(typed);
        return d != null ? of(d) : new DateInput(typed, null, null);
    }

    /** A whole date typed into one field (ISO or day/month/year), or null when it is not a real date in 2000 to 2099. */
    public static LocalDate parse(String typed) {
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

    /** Checks a required date: every part given, a real date. Returns it, or null after rejecting the field. */
    public static LocalDate require(Errors errors, String field, DateInput typed, String nameKey) {
        if (typed == null || typed.blank()) {
            errors.rejectValue(field, nameKey + ".required");
            return null;
        }
        return optional(errors, field, typed, nameKey);
    }

    /** As {@link #require}, but a date left blank is no error (and null). */
    public static LocalDate optional(Errors errors, String field, DateInput typed, String nameKey) {
        if (typed == null || typed.blank()) {
            return null;
        }
        LocalDate d = typed.toDate();
        if (d != null) {
            return d;
        }
        String missing = typed.missingPart();
        errors.rejectValue(field, missing != null ? "date.error.missing." + missing : "date.error.real", new Object[] {name(nameKey)}, null);
        return null;
    }

    /** Rejects a date after today: "{name} must be today or in the past". */
    public static void notFuture(Errors errors, String field, LocalDate d, LocalDate today, String nameKey) {
        if (d != null && d.isAfter(today)) {
            errors.rejectValue(field, "date.error.future", new Object[] {name(nameKey)}, null);
        }
    }

    private static Object name(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    public boolean blank() {
        return blank(day) && blank(month) && blank(year);
    }

    /**
     * The part missing, as a message key suffix (day, month, year), or null when every part is there (or a
     * whole date was typed into one field).
     */
    public String missingPart() {
        if (blank(month) && blank(year) && !blank(day) && !day.trim().matches("\\d{1,2}")) {
            return null;
        }
        if (blank(day)) {
            return "day";
        }
        if (blank(month)) {
            return "month";
        }
        return blank(year) ? "year" : null;
    }

    /** The date, or null when it is not a real date (or its year is outside 2000 to 2099). */
    public LocalDate toDate() {
        try {
            int y = number(year);
            if (year.trim().length() != 4 || y < 2000 || y > 2099) {
                return null;
            }
            return LocalDate.of(y, number(month), number(day));
        } catch (DateTimeException | NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static int number(String s) {
        String t = s.trim();
        if (!t.matches("\\d{1,4}")) {
            throw new NumberFormatException(t);
        }
        return Integer.parseInt(t);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
