package org.localvoice.membership.web;

import java.util.List;
import java.util.UUID;
import org.localvoice.administration.DashboardPanel;
import org.localvoice.membership.domain.DataProtection;
import org.localvoice.membership.domain.Memberships;
import org.localvoice.shared.TenantContext;
import org.springframework.stereotype.Component;

/** The staff dashboard's membership panel: applications waiting for a decision and data requests due soon. */
@Component
class MembershipDashboardPanel implements DashboardPanel {

    private final Memberships memberships;
    private final DataProtection protection;

    MembershipDashboardPanel(Memberships memberships, DataProtection protection) {
        this.memberships = memberships;
        this.protection = protection;
    }

    @Override
    public String headingKey() {
        return "membership.dashboard.heading";
    }

    @Override
    public List<Entry> entries(UUID networkId) {
        return TenantContext.runAs(networkId, () -> {
            long due = protection.dueSoon();
            return List.of(
                    new Entry("membership.dashboard.waiting", memberships.waitingForDecision(), "/manage/participants?status=APPLIED", false),
                    new Entry("membership.dashboard.requestsDue", due, "/manage/data-requests", due > 0));
        });
    }

    @Override
    public int order() {
        return 40;
    }
}
