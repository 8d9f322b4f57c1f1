package org.localvoice.governance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.administration.DashboardPanel;
import org.localvoice.shared.TenantContext;
import org.springframework.stereotype.Component;

/**
 * The staff dashboard's governance panel: decision statements awaiting publication, those overdue,
 * and subjects awaiting the governing body's sign-off.
 */
@Component
class GovernanceDashboardPanel implements DashboardPanel {

    private final Decisions decisions;
    private final SignOffs signOffs;

    GovernanceDashboardPanel(Decisions decisions, SignOffs signOffs) {
        this.decisions = decisions;
        this.signOffs = signOffs;
    }

    @Override
    public String headingKey() {
        return "governance.dashboard.heading";
    }

    @Override
    public List<Entry> entries(UUID networkId) {
        return TenantContext.runAs(networkId, () -> {
            List<Entry> entries = new ArrayList<>();
            long overdue = decisions.countOverdue();
            entries.add(new Entry("governance.dashboard.awaiting", decisions.countAwaitingPublication(),
                    "/manage/decisions?show=awaiting", false));
            if (overdue > 0) {
                entries.add(new Entry("governance.dashboard.overdue", overdue, "/manage/decisions?show=awaiting", true));
            }
            long signOffsAwaiting = signOffs.countAwaiting();
            if (signOffsAwaiting > 0 && CurrentUser.get().filter(u -> u.has(Role.HOST_MANAGER)).isPresent()) {
                entries.add(new Entry("governance.dashboard.signOffs", signOffsAwaiting, "/governance/sign-offs", false));
            }
            return entries;
        });
    }

    @Override
    public int order() {
        return 20;
    }
}
