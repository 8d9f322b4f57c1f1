package org.localvoice.directory.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.localvoice.directory.domain.Postcodes;

/**
 * Reads the cells of one CSV row, by header name or by position, and notes each problem with its column.
 * Blank cells read as null.
 */
final class Cells {

    private static final Pattern DIGITS = Pattern.compile("^[0-9]{10}$");
    private final CSVRecord record;
    private final long rowNumber;
    private final List<RowError> errors = new ArrayList<>();

    Cells(CSVRecord record, long rowNumber) {
        this.record = record;
        this.rowNumber = rowNumber;
    }

    /** A column: its name in error reports, and its header name or 0-based position. */
    record Column(String label, String header, int index) {
        static Column named(String header) {
            return new Column(header, header, -1);
        }

        static Column at(int oneBased, String label) {
            return new Column(label, null, oneBased - 1);
        }
    }

    String raw(Column c) {
        String v;
        if (c.header() != null) {
            v = record.isMapped(c.header()) && record.isSet(c.header()) ? record.get(c.header()) : null;
        } else {
            v = c.index() < record.size() ? record.get(c.index()) : null;
        }
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() || "NA".equals(v) ? null : v;
    }

    String text(Column c, int max) {
        String v = raw(c);
        if (v != null && v.length() > max) {
            error(c, "directory.import.error.tooLong", v.substring(0, Math.min(v.length(), 60)) + "…");
            return null;
        }
        return v;
    }

    String required(Column c, int max) {
        String v = raw(c);
        if (v == null) {
            error(c, "directory.import.error.missing", null);
            return null;
        }
        return text(c, max);
    }

    /** A regulator id in the given form; {@code required} makes a blank cell an error. */
    String id(Column c, Pattern form, boolean required) {
        String v = required ? required(c, 20) : text(c, 20);
        if (v != null && !form.matcher(v).matches()) {
            error(c, "directory.import.error.badId", v);
            return null;
        }
        return v;
    }

    String postcode(Column c, boolean required) {
        String v = raw(c);
        if (v == null) {
            if (required) {
                error(c, "directory.import.error.missing", null);
            }
            return null;
        }
        var normalised = Postcodes.normalise(v);
        if (normalised.isEmpty()) {
            error(c, "directory.import.error.postcode", v);
            return null;
        }
        return normalised.get();
    }

    LocalDate date(Column c, DateTimeFormatter format) {
        String v = raw(c);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v, format);
        } catch (DateTimeParseException e) {
            error(c, "directory.import.error.date", v);
            return null;
        }
    }

    /** A telephone number; ten digits without the leading zero (as the CQC file has them) get it back. */
    String phone(Column c) {
        String v = text(c, 40);
        if (v != null && DIGITS.matcher(v).matches() && !v.startsWith("0")) {
            return "0" + v;
        }
        return v;
    }

    void error(Column c, String code, String value) {
        errors.add(new RowError(rowNumber, c.label(), code, value == null ? null
                : value.length() > 200 ? value.substring(0, 200) : value));
    }

    boolean ok() {
        return errors.isEmpty();
    }

    List<RowError> errors() {
        return errors;
    }

    long rowNumber() {
        return rowNumber;
    }
}
