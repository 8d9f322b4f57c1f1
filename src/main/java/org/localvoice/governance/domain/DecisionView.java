package org.localvoice.governance.domain;

import java.time.LocalDate;
import java.util.List;
import org.localvoice.governance.AuthorisingDecision;

/**
 * A decision as pages show it: the record, its declarations, its corrections (oldest first), and the
 * summary and reasons as they stand after the latest correction.
 */
public record DecisionView(Decision decision, List<Declaration> declarations, List<DecisionCorrection> corrections,
        String currentSummary, String currentReasons, boolean overdue) {

    static DecisionView of(Decision d, List<Declaration> declarations, List<DecisionCorrection> corrections,
            LocalDate today) {
        String summary = d.getSummary();
        String reasons = d.getReasons();
        for (DecisionCorrection c : corrections) {
            summary = c.getCorrectedSummary() != null ? c.getCorrectedSummary() : summary;
            reasons = c.getCorrectedReasons() != null ? c.getCorrectedReasons() : reasons;
        }
        return new DecisionView(d, List.copyOf(declarations), List.copyOf(corrections), summary, reasons,
                d.isOverdue(today));
    }

    public AuthorisingDecision toAuthorising() {
        return new AuthorisingDecision(decision.getId(), decision.getNetworkId(), decision.getCategory(), currentSummary,
                decision.getDecidedOn(), decision.decidedByList(), decision.getReference(), decision.getProcedureTitle(),
                decision.getProcedureNumber(), decision.isPublished());
    }
}
