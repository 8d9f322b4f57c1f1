package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.ClockSummary;
import org.localvoice.powers.Powers;
import org.localvoice.shared.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facade over the clocks of the current network's cases. */
@Service
class PowersService implements Powers {

    private final Clocks clocks;
    private final ClockViews views;

    PowersService(Clocks clocks, ClockViews views) {
        this.clocks = clocks;
        this.views = views;
    }

    @Override
    public List<ClockSummary> clocksOf(CaseKind kind, UUID caseId) {
        return views.of(kind, caseId);
    }

    @Override
    public Page<ClockSummary> dueAndOverdue(Pageable page) {
        return views.dueAndOverdue(page);
    }

    @Override
    @Transactional(readOnly = true)
    public Counts counts(UUID networkId) {
        return TenantContext.runAs(networkId, () -> new Counts(clocks.overdueCount(), clocks.dueSoonCount(),
                clocks.runningCount()));
    }
}
