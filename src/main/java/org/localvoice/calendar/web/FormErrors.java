package org.localvoice.calendar.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * Field errors of a page form in the reader's language: one message per field, in page order, for the
 * error summary (linking to the field) and for the message above the field.
 */
final class FormErrors {

    record Item(String field, String anchor, String text) {
    }

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, Item> byField = new LinkedHashMap<>();
    private Set<String> invalidDateParts = Set.of();

    FormErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void reject(String field, String anchor, String key, Object... args) {
        byField.putIfAbsent(field, new Item(field, anchor, messages.getMessage(key, args, locale)));
    }

    void invalidDateParts(Set<String> parts) {
        this.invalidDateParts = Set.copyOf(parts);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String text(String field) {
        Item item = byField.get(field);
        return item == null ? null : item.text();
    }

    /** Whether one part (day, month or year) of a date input should be marked as in error. */
    public boolean datePart(String part) {
        return invalidDateParts.contains(part);
    }

    public List<Item> list() {
        return new ArrayList<>(byField.values());
    }
}
