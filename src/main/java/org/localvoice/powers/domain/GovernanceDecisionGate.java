package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Placeholder until the governance module's facade is merged: refuses any use without a decision id. */
@Component
class GovernanceDecisionGate implements DecisionGate {

    @Override
    public String require(UUID decisionId, PowerUse use) {
        if (decisionId == null) {
            throw new DecisionMissingException("powers.decision.NOT_FOUND", use.letter());
        }
        return decisionId.toString();
    }

    @Override
    public void recordCase(UUID decisionId, PowerUse use, UUID caseId, String reference) {
    }

    @Override
    public List<Option> options(PowerUse use) {
        return List.of();
    }

    @Override
    public void requestSignOff(UUID reportId, String title) {
    }

    @Override
    public UUID signOffOf(UUID reportId) {
        return null;
    }
}
