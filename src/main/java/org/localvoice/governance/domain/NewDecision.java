package org.localvoice.governance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.governance.DecisionCategory;

/**
 * What staff record about a relevant decision.
 *
 * @param decidedBy the decision makers' names
 * @param declarations declarations of interest made for this decision
 */
public record NewDecision(DecisionCategory category, String summary, String reasons, LocalDate decidedOn,
        List<String> decidedBy, UUID procedureVersionId, List<NewDeclaration> declarations) {

    public NewDecision {
        decidedBy = decidedBy == null ? List.of()
                : decidedBy.stream().map(s -> s == null ? "" : s.trim()).filter(s -> !s.isEmpty()).toList();
        declarations = declarations == null ? List.of() : List.copyOf(declarations);
    }

    /** A declaration of interest: who, what, and whether they stayed out of the decision. */
    public record NewDeclaration(String person, String interest, boolean recused) {
    }
}
