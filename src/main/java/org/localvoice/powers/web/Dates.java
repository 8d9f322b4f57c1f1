package org.localvoice.powers.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as people type them in one box: "27/3/2026", "27 3 2026", "27-03-2026" or "2026-03-27". */
final class Dates {

    private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[/ .-](\\d{1,2})[/ .-](\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");

    private Dates() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            Matcher m = DMY.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)))).filter(Dates::plausible);
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)))).filter(Dates::plausible);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static String format(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 2000 && d.getYear() <= 2099;
    }
}
