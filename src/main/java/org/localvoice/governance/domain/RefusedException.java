package org.localvoice.governance.domain;

import java.util.List;

/** A governance rule refused what was asked; each problem names the field it concerns. */
public class RefusedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public RefusedException(List<FieldProblem> problems) {
        super("Refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
