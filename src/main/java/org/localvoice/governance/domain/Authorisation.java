package org.localvoice.governance.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.DecisionRequiredException;
import org.localvoice.governance.DecisionRequiredException.Reason;

/** Whether a recorded decision can authorise an action of a category (SI 2008/528 reg 2(2)). */
final class Authorisation {

    private Authorisation() {
    }

    /** The decision, when it exists, is of the category and has been made; otherwise the reason why not. */
    static Decision require(UUID decisionId, Optional<Decision> found, DecisionCategory category, LocalDate today) {
        Decision d = found.orElseThrow(() -> new DecisionRequiredException(decisionId, category, Reason.NOT_FOUND));
        if (d.getCategory() != category) {
            throw new DecisionRequiredException(decisionId, category, Reason.WRONG_CATEGORY);
        }
        if (d.getDecidedOn().isAfter(today)) {
            throw new DecisionRequiredException(decisionId, category, Reason.NOT_MADE);
        }
        return d;
    }
}
