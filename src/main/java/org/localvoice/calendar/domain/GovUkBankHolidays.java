package org.localvoice.calendar.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the gov.uk {@code bank-holidays.json} format:
 * {@code {"england-and-wales": {"division": "england-and-wales", "events": [{"title", "date", "notes",
 * "bunting"}]}, "scotland": ..., "northern-ireland": ...}}. Only England and Wales is kept.
 */
public final class GovUkBankHolidays {

    static final int MAX_EVENTS = 2000;
    static final int MAX_TITLE = 200;

    private final JsonMapper json;

    public GovUkBankHolidays(JsonMapper json) {
        this.json = json;
    }

    /** Why a file was rejected: a message key of the calendar bundle and its arguments. */
    public static final class Rejected extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        Rejected(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    public ParsedHolidays parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw new Rejected("calendar.import.error.empty");
        }
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            throw new Rejected("calendar.import.error.notJson");
        }
        if (root == null || !root.isObject()) {
            throw new Rejected("calendar.import.error.shape");
        }
        JsonNode division = root.get(BankHoliday.ENGLAND_AND_WALES);
        if (division == null || division.isNull()) {
            throw new Rejected("calendar.import.error.noDivision");
        }
        JsonNode events = division.get("events");
        if (!division.isObject() || events == null || !events.isArray()) {
            throw new Rejected("calendar.import.error.shape");
        }
        if (events.isEmpty()) {
            throw new Rejected("calendar.import.error.noEvents");
        }
        if (events.size() > MAX_EVENTS) {
            throw new Rejected("calendar.import.error.tooMany", MAX_EVENTS);
        }
        return new ParsedHolidays(events(events));
    }

    private static List<ParsedHolidays.Event> events(JsonNode events) {
        List<ParsedHolidays.Event> list = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int position = 0;
        for (JsonNode e : events) {
            position++;
            if (!e.isObject()) {
                throw new Rejected("calendar.import.error.event", position);
            }
            String title = text(e.get("title"));
            String dateText = text(e.get("date"));
            if (title == null || title.isBlank() || title.length() > MAX_TITLE || dateText == null) {
                throw new Rejected("calendar.import.error.event", position);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(dateText.strip());
            } catch (DateTimeParseException ex) {
                throw new Rejected("calendar.import.error.date", position, dateText);
            }
            if (date.getYear() < 1900 || date.getYear() > 2199) {
                throw new Rejected("calendar.import.error.date", position, dateText);
            }
            if (!seen.add(date)) {
                throw new Rejected("calendar.import.error.duplicate", date.toString());
            }
            String notes = text(e.get("notes"));
            JsonNode bunting = e.get("bunting");
            list.add(new ParsedHolidays.Event(date, title.strip(),
                    notes == null || notes.isBlank() ? null : truncate(notes.strip()),
                    bunting == null || !bunting.isBoolean() || bunting.asBoolean()));
        }
        return list;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    private static String truncate(String s) {
        return s.length() <= MAX_TITLE ? s : s.substring(0, MAX_TITLE);
    }
}
