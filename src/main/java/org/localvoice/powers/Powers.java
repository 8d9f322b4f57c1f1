package org.localvoice.powers;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The powers module's facade: the clocks of the current network's cases, for dashboards and reports
 * of other modules (the annual report counts requests, reports and referrals with their answers).
 */
public interface Powers {

    /** The clocks of one case, oldest first. */
    @PreAuthorize("hasAnyRole('HOST_STAFF', 'HOST_MANAGER')")
    List<ClockSummary> clocksOf(CaseKind kind, UUID caseId);

    /** Running clocks that are due soon or overdue, soonest due first. */
    @PreAuthorize("hasAnyRole('HOST_STAFF', 'HOST_MANAGER')")
    Page<ClockSummary> dueAndOverdue(Pageable page);

    /** How many running clocks of the network are overdue and due soon. */
    Counts counts(UUID networkId);

    record Counts(long overdue, long dueSoon, long running) {
    }
}
