package org.localvoice.visits.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.governance.AuthorisingDecision;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.DecisionRequiredException;
import org.localvoice.governance.Governance;
import org.springframework.stereotype.Component;

/** Category (f) decisions and report sign-offs, from the governance module. */
@Component
class GovernanceDecisions implements EnterAndViewDecisions, GoverningBodySignOff {

    private final Governance governance;

    GovernanceDecisions(Governance governance) {
        this.governance = governance;
    }

    @Override
    public Decision require(UUID decisionId) {
        try {
            return decision(governance.requireAuthorisingDecision(decisionId, DecisionCategory.F_ENTER_AND_VIEW));
        } catch (DecisionRequiredException e) {
            throw new RefusedException("visits.refused.decision." + e.reason().name());
        }
    }

    @Override
    public List<Decision> choices() {
        return governance.pickList(DecisionCategory.F_ENTER_AND_VIEW).stream().map(GovernanceDecisions::decision).toList();
    }

    @Override
    public void recordVisit(UUID decisionId, UUID visitId, String reference) {
        governance.recordAuthorisedCase(decisionId, "visits.visit", visitId, reference);
    }

    @Override
    public void request(UUID visitId, String title, String link) {
        governance.requestSignOff(SUBJECT, visitId, title, link);
    }

    @Override
    public Optional<Signed> of(UUID visitId) {
        return governance.signOff(SUBJECT, visitId).map(s -> new Signed(s.id(), s.signedOn(), s.signedBy()));
    }

    @Override
    public Signed record(UUID visitId, String label, java.time.LocalDate on, String by, String minute) {
        org.localvoice.governance.SignOff s = governance.recordSignOff(new org.localvoice.governance.NewSignOff(SUBJECT, visitId, label, on, by, minute));
        return new Signed(s.id(), s.signedOn(), s.signedBy());
    }

    private static Decision decision(AuthorisingDecision d) {
        return new Decision(d.id(), d.label(), d.summary(), d.decidedOn());
    }
}
