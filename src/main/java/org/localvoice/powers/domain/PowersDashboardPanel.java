package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.administration.DashboardPanel;
import org.localvoice.powers.Powers;
import org.localvoice.shared.TenantContext;
import org.springframework.stereotype.Component;

/** The staff dashboard's lines for statutory deadlines: overdue and due soon, across every power. */
@Component
class PowersDashboardPanel implements DashboardPanel {

    private final Powers powers;
    private final VisitReferrals visitReferrals;

    PowersDashboardPanel(Powers powers, VisitReferrals visitReferrals) {
        this.powers = powers;
        this.visitReferrals = visitReferrals;
    }

    @Override
    public String headingKey() {
        return "powers.dashboard.heading";
    }

    @Override
    public List<Entry> entries(UUID networkId) {
        Powers.Counts counts = powers.counts(networkId);
        long pending = TenantContext.runAs(networkId, visitReferrals::countPending);
        return List.of(
                new Entry("powers.dashboard.overdue", counts.overdue(), "/manage/powers?show=overdue", counts.overdue() > 0),
                new Entry("powers.dashboard.dueSoon", counts.dueSoon(), "/manage/powers", false),
                new Entry("powers.dashboard.running", counts.running(), "/manage/powers/requests", false),
                new Entry("powers.dashboard.visitReferrals", pending, "/manage/powers/visit-referrals", pending > 0));
    }

    @Override
    public int order() {
        return 30;
    }
}
