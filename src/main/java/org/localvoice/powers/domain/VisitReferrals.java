package org.localvoice.powers.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.directory.Directory;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.directory.ProviderSummary;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enter and View recommendations handed over by the visits module: recorded once per published visit
 * report, pending until staff open a report case for them under a decision of category (e).
 */
@Service
public class VisitReferrals {

    private final VisitReferralRepository referrals;
    private final Reports reports;
    private final Directory directory;
    private final Clocks clocks;
    private final ApplicationEventPublisher publisher;

    VisitReferrals(VisitReferralRepository referrals, Reports reports, Directory directory, Clocks clocks,
            ApplicationEventPublisher publisher) {
        this.referrals = referrals;
        this.reports = reports;
        this.directory = directory;
        this.clocks = clocks;
        this.publisher = publisher;
    }

    /** What a published visit report hands over. */
    public record Handed(UUID visitId, UUID premisesId, UUID controllerProviderId, List<String> recommendations) {
    }

    /**
     * Records the recommendations of a published visit report, in the current network. The same visit
     * again (an event delivered twice) changes nothing; a report without recommendations has nothing to refer.
     */
    @Transactional
    public Optional<VisitReferral> record(Handed h) {
        Optional<VisitReferral> existing = referrals.findByVisitId(h.visitId());
        if (existing.isPresent() || h.recommendations().stream().allMatch(String::isBlank)) {
            return existing;
        }
        Optional<PremisesSummary> premises = h.premisesId() == null ? Optional.empty() : directory.premises(h.premisesId());
        Optional<ProviderSummary> provider = h.controllerProviderId() == null ? Optional.empty()
                : directory.provider(h.controllerProviderId());
        String premisesName = premises.map(PremisesSummary::name).orElse("Premises visited");
        String providerName = provider.map(ProviderSummary::name)
                .orElseGet(() -> premises.map(PremisesSummary::controllerName).orElse(null));
        VisitReferral saved = referrals.saveAndFlush(new VisitReferral(References.next("EV", clocks.today(), referrals.count()),
                h.visitId(), h.premisesId(), premisesName, provider.map(ProviderSummary::id).orElse(null), providerName,
                provider.map(ProviderSummary::email).orElse(null),
                h.recommendations().stream().filter(r -> !r.isBlank()).toList(), clocks.today()));
        publisher.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "PowersVisitReferral", saved.getId(),
                "powers.visitReferral.recorded", saved.getCount() + " recommendations, visit " + h.visitId()));
        return Optional.of(saved);
    }

    /**
     * Opens the report case for pending recommendations: a draft report with the recommendations, the visit
     * as evidence and the recipient, under a decision of category (e).
     *
     * @throws DecisionMissingException without a made decision of category (e) of the network
     * @throws IllegalStateException when the recommendations have already been referred
     */
    @Transactional
    @PreAuthorize("hasAnyRole('HOST_STAFF', 'HOST_MANAGER')")
    public Report open(UUID id, UUID decisionId, String title, String summary, NewReport.Recipient recipient) {
        VisitReferral referral = find(id).orElseThrow();
        if (!referral.isPending()) {
            throw new IllegalStateException("The recommendations have already been referred");
        }
        Report report = reports.draftFromVisit(referral, decisionId, title, summary, recipient);
        referral.opened(report.getId(), clocks.today());
        referrals.saveAndFlush(referral);
        return report;
    }

    /** The hand-over of a visit's recommendations, if it has been recorded. */
    @Transactional(readOnly = true)
    public Optional<VisitReferral> recorded(UUID visitId) {
        return referrals.findByVisitId(visitId);
    }

    /** A published visit report's hand-over by its reference, for example "EV-2026-0003". */
    @Transactional(readOnly = true)
    public Optional<VisitReferral> byReference(String reference) {
        return referrals.findFirstByReferenceOrderByCreatedAtAsc(reference);
    }

    @Transactional(readOnly = true)
    public Optional<VisitReferral> find(UUID id) {
        return TenantContext.currentNetwork().flatMap(network -> referrals.findById(id)
                .filter(r -> r.getNetworkId().equals(network)));
    }

    /** Recommendations still to refer, oldest first. */
    @Transactional(readOnly = true)
    public Page<VisitReferral> pending(Pageable page) {
        return referrals.findByReportIdIsNullOrderByPublishedOnAscCreatedAtAsc(page);
    }

    /** Every hand-over, newest first. */
    @Transactional(readOnly = true)
    public Page<VisitReferral> all(Pageable page) {
        return referrals.findAllByOrderByPublishedOnDescCreatedAtDesc(page);
    }

    @Transactional(readOnly = true)
    public long countPending() {
        return referrals.countByReportIdIsNull();
    }
}
