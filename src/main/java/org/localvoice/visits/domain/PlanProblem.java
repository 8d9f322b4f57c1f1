package org.localvoice.visits.domain;

import java.util.List;

/** Something wrong with a visit plan: the form field it concerns, a message key and its arguments. */
public record PlanProblem(String field, String key, List<Object> args) {

    public PlanProblem {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }
}
