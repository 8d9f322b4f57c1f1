package org.localvoice.governance.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A GOV.UK date input's three parts as typed; a real date or none. */
final class DateParts {

    private DateParts() {
    }

    /** The date, or null when any part is missing or the parts are not a real date from 2000 to 2099. */
    static LocalDate parse(String day, String month, String year) {
        try {
            int d = Integer.parseInt(day == null ? "" : day.trim());
            int m = Integer.parseInt(month == null ? "" : month.trim());
            int y = Integer.parseInt(year == null ? "" : year.trim());
            return y < 2000 || y > 2099 ? null : LocalDate.of(y, m, d);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    static boolean allBlank(String... parts) {
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
