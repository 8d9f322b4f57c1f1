package org.localvoice.governance.domain;

import java.util.List;

/** Why one field of a form or request cannot be accepted: a message key of the governance bundle. */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public FieldProblem(String field, String messageKey, Object... args) {
        this(field, messageKey, List.of(args));
    }
}
