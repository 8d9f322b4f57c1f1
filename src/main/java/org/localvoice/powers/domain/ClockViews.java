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

    /**
     * The clocks of the cases of one register page, by case id, in one query (not one per case); the
     * references are the cases' own, as the page already has them.
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, List<ClockSummary>> of(CaseKind kind, java.util.Map<UUID, String> references) {
        java.util.Map<UUID, List<ClockSummary>> byCase = new java.util.HashMap<>();
        for (CaseClock c : clocks.of(kind, references.keySet())) {
            byCase.computeIfAbsent(c.getCaseId(), k -> new java.util.ArrayList<>()).add(summary(c, references.get(c.getCaseId())));
        }
        return byCase;
    }

    @Transactional(readOnly = true)
    public Page<ClockSummary> dueAndOverdue(Pageable page) {
        Page<CaseClock> found = clocks.dueAndOverdue(page);
        java.util.Map<UUID, String> references = cases.references(found.getContent());
        return found.map(c -> summary(c, references.getOrDefault(c.getCaseId(), "")));
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
