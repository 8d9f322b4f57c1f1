package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.ClockSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Clocks as pages, registers and the API show them: with their case's reference and today's state. */
@Component
public class ClockViews {

    private final Clocks clocks;
    private final CaseLookup cases;

    ClockViews(Clocks clocks, CaseLookup cases) {
        this.clocks = clocks;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public List<ClockSummary> of(CaseKind kind, UUID caseId) {
        String reference = cases.find(kind, caseId).map(CaseLookup.CaseInfo::reference).orElse("");
        return clocks.of(kind, caseId).stream().map(c -> summary(c, reference)).toList();
    }

    @Transactional(readOnly = true)
    public Page<ClockSummary> dueAndOverdue(Pageable page) {
        return clocks.dueAndOverdue(page).map(this::summary);
    }

    public ClockSummary summary(CaseClock c) {
        return summary(c, cases.find(c.getCaseKind(), c.getCaseId()).map(CaseLookup.CaseInfo::reference).orElse(""));
    }

    private ClockSummary summary(CaseClock c, String reference) {
        return new ClockSummary(c.getId(), c.getNetworkId(), c.getCaseKind(), c.getCaseId(), reference, c.getDuty(),
                c.getPartyName(), c.getStartedOn(), c.getDueOn(), c.getRuleSetCode(), c.getRuleSetVersion(),
                c.getExplanation(), c.getStoppedOn(), c.getOutcome() == null ? null : c.getOutcome().name(),
                c.getReopenReason(), clocks.state(c));
    }
}
