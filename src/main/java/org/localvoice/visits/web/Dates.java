package org.localvoice.visits.web;

import java.time.LocalDate;
import org.localvoice.shared.DateInput;
import org.springframework.validation.Errors;

/** Dates typed into the visits forms: the GOV.UK date input, checked by {@link DateInput}. */
final class Dates {

    private Dates() {
    }

    static LocalDate require(Errors errors, String field, DateInput typed, String nameKey) {
        return DateInput.require(errors, field, typed, nameKey);
    }

    static LocalDate optional(Errors errors, String field, DateInput typed, String nameKey) {
        return DateInput.optional(errors, field, typed, nameKey);
    }

    static void notFuture(Errors errors, String field, LocalDate d, LocalDate today, String nameKey) {
        DateInput.notFuture(errors, field, d, today, nameKey);
    }
}
