package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** The checks every powers form shares, each rejecting a field with a message of the powers bundle. */
final class FormChecks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private FormChecks() {
    }

    static void text(Errors errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "powers.error." + field + ".required");
            }
        } else if (value.length() > max) {
            errors.rejectValue(field, "powers.error.tooLong", new Object[] {max}, null);
        }
    }

    static LocalDate date(Errors errors, String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "powers.error.date.required");
            return null;
        }
        LocalDate date = Dates.parse(value).orElse(null);
        if (date == null) {
            errors.rejectValue(field, "powers.error.date.invalid");
        } else if (date.isAfter(today)) {
            errors.rejectValue(field, "powers.error.date.future");
            return null;
        }
        return date;
    }

    static UUID id(Errors errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "powers.error." + field + ".required");
            }
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "powers.error.id");
            return null;
        }
    }

    static void email(Errors errors, String field, String value) {
        if (value != null && !value.isBlank() && (value.length() > 320 || !EMAIL.matcher(value.strip()).matches())) {
            errors.rejectValue(field, "powers.error.email");
        }
    }

    static <E extends Enum<E>> E choice(Errors errors, String field, String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElseGet(() -> {
            errors.rejectValue(field, "powers.error." + field + ".required");
            return null;
        });
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
