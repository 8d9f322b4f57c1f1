package org.localvoice.feedback.domain;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.localvoice.feedback.ViewChannel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of views taken offline (paper forms, events), from a CSV file with the columns of
 * {@link #COLUMNS}. Every row is checked first; if any row is wrong, nothing is imported and every
 * problem is reported by row and column. Otherwise all rows are recorded in one transaction.
 */
@Service
public class ViewImport {

    public static final List<String> COLUMNS = List.of("service", "text", "happened", "rating", "channel", "received",
            "consent", "name", "email", "phone", "may_contact");
    public static final int MAX_ROWS = 2000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** A problem with one row (numbered from 2, the first data line under the header) and column. */
    public record RowError(long row, String column, String messageKey) {
    }

    /** What an import did: how many views were recorded, or the problems (and then nothing was recorded). */
    public record Result(int imported, List<RowError> errors) {
    }

    private final Experiences experiences;

    ViewImport(Experiences experiences) {
        this.experiences = experiences;
    }

    @PreAuthorize("hasRole('HOST_STAFF')")
    @Transactional
    public Result importCsv(Reader in, LocalDate today) throws IOException {
        List<NewExperience> views = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = format.parse(in)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String required : List.of("service", "text", "happened", "received", "consent")) {
                if (header.keySet().stream().noneMatch(h -> h.equalsIgnoreCase(required))) {
                    errors.add(new RowError(1, required, "feedback.import.error.missingColumn"));
                }
            }
            if (!errors.isEmpty()) {
                return new Result(0, errors);
            }
            for (CSVRecord r : parser) {
                if (r.getRecordNumber() > MAX_ROWS) {
                    errors.add(new RowError(r.getRecordNumber() + 1, "", "feedback.import.error.tooManyRows"));
                    break;
                }
                NewExperience view = row(r, r.getRecordNumber() + 1, today, errors);
                if (view != null) {
                    views.add(view);
                }
            }
        }
        if (!errors.isEmpty() || views.isEmpty()) {
            if (views.isEmpty() && errors.isEmpty()) {
                errors.add(new RowError(2, "", "feedback.import.error.empty"));
            }
            return new Result(0, errors);
        }
        views.forEach(experiences::record);
        return new Result(views.size(), List.of());
    }

    private static NewExperience row(CSVRecord r, long line, LocalDate today, List<RowError> errors) {
        int before = errors.size();
        String service = get(r, "service");
        String text = get(r, "text");
        if (service == null || service.length() > 200) {
            errors.add(new RowError(line, "service", "feedback.import.error.service"));
        }
        if (text == null || text.length() > Experience.MAX_TEXT) {
            errors.add(new RowError(line, "text", "feedback.import.error.text"));
        }
        LocalDate happened = date(get(r, "happened"), true);
        if (happened == null || happened.isAfter(today)) {
            errors.add(new RowError(line, "happened", "feedback.import.error.happened"));
        }
        LocalDate received = date(get(r, "received"), false);
        if (received == null || received.isAfter(today)) {
            errors.add(new RowError(line, "received", "feedback.import.error.received"));
        }
        Integer rating = null;
        String ratingText = get(r, "rating");
        if (ratingText != null) {
            rating = ratingText.matches("[1-5]") ? Integer.valueOf(ratingText) : null;
            if (rating == null) {
                errors.add(new RowError(line, "rating", "feedback.import.error.rating"));
            }
        }
        ViewChannel channel = channel(get(r, "channel"));
        if (channel == null) {
            errors.add(new RowError(line, "channel", "feedback.import.error.channel"));
        }
        String consentText = get(r, "consent");
        Consent consent = consentText == null ? null : switch (consentText.toLowerCase(Locale.ROOT)) {
            case "publish" -> Consent.PUBLISH_ANONYMISED;
            case "evidence" -> Consent.EVIDENCE_ONLY;
            default -> null;
        };
        if (consent == null) {
            errors.add(new RowError(line, "consent", "feedback.import.error.consent"));
        }
        String email = get(r, "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new RowError(line, "email", "feedback.import.error.email"));
        }
        String phone = get(r, "phone");
        if (phone != null && !phone.matches("^\\+?[0-9 ()\\-]{10,20}$")) {
            errors.add(new RowError(line, "phone", "feedback.import.error.phone"));
        }
        if (errors.size() > before) {
            return null;
        }
        String name = get(r, "name");
        boolean mayContact = "yes".equalsIgnoreCase(get(r, "may_contact")) && (email != null || phone != null);
        NewExperience.Contact contact = new NewExperience.Contact(name, email, phone, mayContact,
                mayContact ? (email != null ? ContactBy.EMAIL : ContactBy.PHONE) : null);
        String when = get(r, "happened");
        return new NewExperience(null, null, service, text, happened,
                when != null && when.length() <= 7 ? WhenPrecision.MONTH : WhenPrecision.DAY, rating, name == null,
                channel, received, consent, contact.empty() ? null : contact);
    }

    private static ViewChannel channel(String s) {
        if (s == null) {
            return ViewChannel.PAPER;
        }
        for (ViewChannel c : ViewChannel.staffChannels()) {
            if (c.name().equalsIgnoreCase(s)) {
                return c;
            }
        }
        return null;
    }

    /** 2026-03-27, 27/3/2026, or (when a month is enough) 2026-03. */
    static LocalDate date(String s, boolean monthAllowed) {
        if (s == null) {
            return null;
        }
        try {
            if (monthAllowed && s.matches("\\d{4}-\\d{1,2}")) {
                return java.time.YearMonth.parse(s.length() == 6 ? s.replace("-", "-0") : s).atDay(1);
            }
            return s.contains("/") ? LocalDate.parse(s, UK) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
