package org.localvoice.feedback.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.administration.DashboardPanel;
import org.localvoice.feedback.Feedback;
import org.springframework.stereotype.Component;

/** People's views on the staff dashboard: how many wait for moderation, how many safeguarding concerns are open. */
@Component
class FeedbackDashboardPanel implements DashboardPanel {

    private final Feedback feedback;

    FeedbackDashboardPanel(Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public String headingKey() {
        return "feedback.dashboard.heading";
    }

    @Override
    public List<Entry> entries(UUID networkId) {
        long safeguarding = feedback.safeguardingOpen(networkId);
        return List.of(new Entry("feedback.dashboard.awaiting", feedback.awaitingModeration(networkId),
                        "/manage/views?status=AWAITING_MODERATION", false),
                new Entry("feedback.dashboard.safeguarding", safeguarding, "/manage/views/safeguarding", safeguarding > 0));
    }

    @Override
    public int order() {
        return 10;
    }
}
