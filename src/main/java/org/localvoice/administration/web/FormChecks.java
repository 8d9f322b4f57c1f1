package org.localvoice.administration.web;

import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** Small checks shared by the administration forms; each rejects a field with a message key. */
final class FormChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private FormChecks() {
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim();
        return t.isEmpty() ? null : t;
    }

    /** Rejects a blank value with {@code code}; true when a value is present. */
    static boolean required(Errors errors, String field, String value, String code) {
        if (trim(value) == null) {
            errors.rejectValue(field, code);
            return false;
        }
        return true;
    }

    /** Rejects a value longer than {@code max} characters; the message gets {@code max} as argument {0}. */
    static boolean maxLength(Errors errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.rejectValue(field, "admin.field.tooLong", new Object[] {max}, null);
            return false;
        }
        return true;
    }

    static boolean email(Errors errors, String field, String value, int max) {
        if (!required(errors, field, value, "admin.field.email.required") || !maxLength(errors, field, value, max)) {
            return false;
        }
        if (!EMAIL.matcher(value.trim()).matches()) {
            errors.rejectValue(field, "admin.field.email.invalid");
            return false;
        }
        return true;
    }

    static void optionalEmail(Errors errors, String field, String value, int max) {
        if (trim(value) != null) {
            email(errors, field, value, max);
        }
    }
}
