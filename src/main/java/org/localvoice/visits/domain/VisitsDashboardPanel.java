package org.localvoice.visits.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.administration.DashboardPanel;
import org.localvoice.shared.TenantContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Enter and View on the staff dashboard: representatives in date, visits to come, provider comments overdue. */
@Component
class VisitsDashboardPanel implements DashboardPanel {

    private final Representatives representatives;
    private final VisitRepository visits;
    private final Today today;

    VisitsDashboardPanel(Representatives representatives, VisitRepository visits, Today today) {
        this.representatives = representatives;
        this.visits = visits;
        this.today = today;
    }

    @Override
    public String headingKey() {
        return "visits.dashboard.heading";
    }

    @Override
    public List<Entry> entries(UUID networkId) {
        return TenantContext.runAs(networkId, () -> List.of(
                new Entry("visits.dashboard.representatives", representatives.register(PageRequest.of(0, 1)).getTotalElements(),
                        "/manage/representatives", false),
                new Entry("visits.dashboard.planned", visits.countByVisitOnGreaterThanEqualAndReportSummaryIsNull(today.date()),
                        "/manage/visits", false),
                new Entry("visits.dashboard.commentsOverdue",
                        visits.countByReportDraftSentOnIsNotNullAndReportCommentsReceivedOnIsNullAndReportCommentsDueLessThan(today.date()),
                        "/manage/visits", true)));
    }

    @Override
    public int order() {
        return 50;
    }
}
