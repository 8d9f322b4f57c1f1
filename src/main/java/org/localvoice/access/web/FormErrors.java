package org.localvoice.access.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field-level problems of a form, in the order of the fields: field name to message key. */
final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    FormErrors add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    boolean any() {
        return !byField.isEmpty();
    }

    Map<String, String> asMap() {
        return Collections.unmodifiableMap(byField);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
