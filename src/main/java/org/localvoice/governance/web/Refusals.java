package org.localvoice.governance.web;

import org.localvoice.governance.domain.FieldProblem;
import org.localvoice.governance.domain.RefusedException;
import org.springframework.validation.Errors;

/** Puts the problems of a refused change on the form's fields, so each shows next to its field. */
final class Refusals {

    private Refusals() {
    }

    static void apply(RefusedException e, Errors errors) {
        for (FieldProblem p : e.problems()) {
            reject(errors, p);
        }
    }

    static void reject(Errors errors, FieldProblem p) {
        String field = p.field();
        if (field.equals("decidedOn") || field.equals("signedOn")) {
            field = field + "Day";
        }
        errors.rejectValue(field, p.messageKey(), p.args().toArray(), null);
    }
}
