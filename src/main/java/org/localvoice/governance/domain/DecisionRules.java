package org.localvoice.governance.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of SI 2008/528 reg 2 for recording a decision: the LINk must have published a required
 * procedure before deciding, the decision follows a published version, is made by named people, none
 * of whom declared an interest and stayed out, and it has happened (no future dates).
 */
final class DecisionRules {

    static final int MAX_MAKERS = 20;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DecisionRules() {
    }

    static List<FieldProblem> check(NewDecision d, boolean networkHasPublishedProcedure,
            Optional<ProcedureVersion> procedure, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.category() == null) {
            problems.add(new FieldProblem("category", "governance.decision.category.required"));
        }
        requireText(problems, "summary", d.summary(), 1000);
        requireText(problems, "reasons", d.reasons(), 8000);
        if (d.decidedOn() == null) {
            problems.add(new FieldProblem("decidedOn", "governance.decision.decidedOn.required"));
        } else if (d.decidedOn().isAfter(today)) {
            problems.add(new FieldProblem("decidedOn", "governance.decision.decidedOn.future"));
        }
        checkMakers(problems, d);
        checkProcedure(problems, d, networkHasPublishedProcedure, procedure);
        return problems;
    }

    private static void checkProcedure(List<FieldProblem> problems, NewDecision d, boolean anyPublished,
            Optional<ProcedureVersion> procedure) {
        if (!anyPublished) {
            problems.add(new FieldProblem("procedureVersionId", "governance.decision.procedure.nonePublished"));
        } else if (d.procedureVersionId() == null) {
            problems.add(new FieldProblem("procedureVersionId", "governance.decision.procedure.required"));
        } else if (procedure.isEmpty() || !procedure.get().isPublished()) {
            problems.add(new FieldProblem("procedureVersionId", "governance.decision.procedure.notPublished"));
        } else if (d.decidedOn() != null
                && procedure.get().getPublishedAt().atZone(LONDON).toLocalDate().isAfter(d.decidedOn())) {
            problems.add(new FieldProblem("procedureVersionId", "governance.decision.procedure.publishedAfter"));
        }
    }

    private static void checkMakers(List<FieldProblem> problems, NewDecision d) {
        if (d.decidedBy().isEmpty()) {
            problems.add(new FieldProblem("decidedBy", "governance.decision.decidedBy.required"));
            return;
        }
        if (d.decidedBy().size() > MAX_MAKERS || d.decidedBy().stream().anyMatch(n -> n.length() > 200)
                || String.join("\n", d.decidedBy()).length() > 2000) {
            problems.add(new FieldProblem("decidedBy", "governance.decision.decidedBy.tooMany", MAX_MAKERS));
            return;
        }
        Set<String> recused = d.declarations().stream().filter(NewDecision.NewDeclaration::recused)
                .map(x -> normal(x.person())).collect(Collectors.toSet());
        d.decidedBy().stream().filter(n -> recused.contains(normal(n))).findFirst().ifPresent(n ->
                problems.add(new FieldProblem("decidedBy", "governance.decision.decidedBy.recused", n)));
        for (NewDecision.NewDeclaration x : d.declarations()) {
            if (blank(x.person()) || blank(x.interest()) || x.person().length() > 200 || x.interest().length() > 1000) {
                problems.add(new FieldProblem("declarations", "governance.decision.declarations.incomplete"));
                break;
            }
        }
    }

    private static void requireText(List<FieldProblem> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "governance.decision." + field + ".required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "governance.decision." + field + ".tooLong", max));
        }
    }

    static String normal(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
