package org.localvoice.feedback.domain;

import java.util.Optional;
import java.util.UUID;
import org.localvoice.feedback.Feedback;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.feedback.ViewSummary;
import org.localvoice.shared.TenantContext;
import org.springframework.stereotype.Service;

/** The feedback module's facade over {@link Experiences}. */
@Service
class FeedbackFacade implements Feedback {

    private final Experiences experiences;

    FeedbackFacade(Experiences experiences) {
        this.experiences = experiences;
    }

    @Override
    public Optional<ViewSummary> view(UUID id) {
        return experiences.find(id).map(FeedbackFacade::summary);
    }

    @Override
    public Optional<ViewSummary> viewByReference(String reference) {
        return experiences.findByReference(reference).map(FeedbackFacade::summary);
    }

    @Override
    public long awaitingModeration(UUID networkId) {
        return TenantContext.runAs(networkId, () -> experiences.count(false, ViewStatus.AWAITING_MODERATION));
    }

    @Override
    public long safeguardingOpen(UUID networkId) {
        return TenantContext.runAs(networkId, () -> experiences.count(true, null));
    }

    static ViewSummary summary(Experience e) {
        boolean moderated = e.getStatus() == ViewStatus.PUBLISHED || e.getStatus() == ViewStatus.ACCEPTED;
        return new ViewSummary(e.getId(), e.getNetworkId(), e.getReference(), e.getPremisesId(), e.getProviderId(),
                e.getServiceName(), moderated ? e.getText() : null, e.getRating(), e.getHappenedOn(), e.getReceivedOn(),
                e.getChannel(), e.getStatus());
    }
}
