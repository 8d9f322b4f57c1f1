package org.localvoice.feedback.insight.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.localvoice.feedback.ViewChannel;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.feedback.insight.domain.ViewFilter;
import org.localvoice.feedback.themes.domain.Sentiment;
import org.springframework.validation.Errors;

/** The insight filter as sent in the address (GET), so a filtered page can be bookmarked and shared. */
public class InsightForm {

    private String service;
    private String provider;
    private String theme;
    private String sentiment;
    private String from;
    private String to;
    private String channel;
    private String status;
    private Integer page;

    ViewFilter filter(Errors errors) {
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("to", "feedback.insight.error.toBeforeFrom");
        }
        return new ViewFilter(uuid(service), uuid(provider), uuid(theme), value(Sentiment.class, sentiment), fromDate, toDate,
                value(ViewChannel.class, channel), value(ViewStatus.class, status));
    }

    /** The filter as query parameters (empty ones left out), for paging and export links. */
    String query() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("service", service);
        p.put("provider", provider);
        p.put("theme", theme);
        p.put("sentiment", sentiment);
        p.put("from", from);
        p.put("to", to);
        p.put("channel", channel);
        p.put("status", status);
        StringBuilder q = new StringBuilder();
        p.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                q.append(q.isEmpty() ? "" : "&").append(k).append('=').append(java.net.URLEncoder.encode(v.trim(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    private static LocalDate date(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "feedback.insight.error.date");
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getSentiment() {
        return sentiment;
    }

    public void setSentiment(String sentiment) {
        this.sentiment = sentiment;
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

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
