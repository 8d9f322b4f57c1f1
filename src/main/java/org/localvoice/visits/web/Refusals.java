package org.localvoice.visits.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.localvoice.visits.domain.RefusedException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/** Puts a refusal into a form's errors: arguments that are message keys are translated, dates written out. */
final class Refusals {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Refusals() {
    }

    static Object[] args(List<Object> args) {
        return args.stream().map(Refusals::arg).toArray();
    }

    static Object arg(Object a) {
        if (a instanceof String s && s.startsWith("visits.")) {
            return new DefaultMessageSourceResolvable(s);
        }
        if (a instanceof LocalDate d) {
            return d.format(DATE);
        }
        return a;
    }

    static void reject(Errors errors, String field, RefusedException e) {
        Object[] args = args(List.of(e.args()));
        if (field == null) {
            errors.reject(e.key(), args, null);
        } else {
            errors.rejectValue(field, e.key(), args, null);
        }
    }
}
