package org.localvoice.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.localvoice.audit.AuditFilter;
import org.springframework.validation.Errors;

/** The audit trail's filters as typed (query parameters of the list page and the API). */
public class AuditSearchForm {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private String from;
    private String to;
    private String page;

    /** Checks the dates; the other filters accept any text. */
    void validate(Errors errors) {
        LocalDate f = date(from);
        LocalDate t = date(to);
        if (present(from) && f == null) {
            errors.rejectValue("from", "audit.filter.date.invalid");
        }
        if (present(to) && t == null) {
            errors.rejectValue("to", "audit.filter.date.invalid");
        }
        if (f != null && t != null && t.isBefore(f)) {
            errors.rejectValue("to", "audit.filter.to.beforeFrom");
        }
    }

    AuditFilter filter() {
        return new AuditFilter(trim(actor), trim(action), trim(entityType), trim(entityId), date(from), date(to));
    }

    /** The zero-based page asked for; anything that is not a small whole number means the first page. */
    int pageIndex() {
        if (page == null || !page.trim().matches("\\d{1,6}")) {
            return 0;
        }
        return Integer.parseInt(page.trim());
    }

    boolean anyFilter() {
        return present(actor) || present(action) || present(entityType) || present(entityId) || present(from)
                || present(to);
    }

    static LocalDate date(String text) {
        if (!present(text)) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text.trim(), format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String trim(String s) {
        return present(s) ? s.trim() : null;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
