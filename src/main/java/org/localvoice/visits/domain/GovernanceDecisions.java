package org.localvoice.visits.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Stand-in until the governance module lands: no decision authorises a visit yet. */
@Component
class GovernanceDecisions implements EnterAndViewDecisions, GoverningBodySignOff {

    @Override
    public Decision require(UUID decisionId) {
        throw new RefusedException("visits.refused.decision.NOT_FOUND");
    }

    @Override
    public List<Decision> choices() {
        return List.of();
    }

    @Override
    public void recordVisit(UUID decisionId, UUID visitId, String reference) {
    }

    @Override
    public void request(UUID visitId, String title, String link) {
    }

    @Override
    public Optional<Signed> of(UUID visitId) {
        return Optional.empty();
    }
}
