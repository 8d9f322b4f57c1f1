package org.localvoice.powers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.localvoice.access.CurrentUser;
import org.localvoice.calendar.Duty;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.PowersCaseOpened;
import org.localvoice.powers.PowersReplyRecorded;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports and recommendations (P2) of the current network: drafted under a decision of category (e)
 * or (h), sent only after the governing body's sign-off, then each recipient's response timed on its
 * own clock. A recipient has answered once every recommendation has a response other than pending.
 */
@Service
public class Reports {

    private static final CaseKind KIND = CaseKind.REPORT;

    private final ReportRepository reports;
    private final RecommendationRepository recommendations;
    private final ReportEvidenceRepository evidence;
    private final ReportRecipientRepository recipients;
    private final RecommendationResponseRepository responses;
    private final Clocks clocks;
    private final CaseEvents events;
    private final DecisionGate decisions;
    private final ApplicationEventPublisher publisher;

    Reports(ReportRepository reports, RecommendationRepository recommendations, ReportEvidenceRepository evidence,
            ReportRecipientRepository recipients, RecommendationResponseRepository responses, Clocks clocks,
            CaseEvents events, DecisionGate decisions, ApplicationEventPublisher publisher) {
        this.reports = reports;
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.recipients = recipients;
        this.responses = responses;
        this.clocks = clocks;
        this.events = events;
        this.decisions = decisions;
        this.publisher = publisher;
    }

    @Transactional
    public Report draft(NewReport r) {
        Report report = create(r, null);
        decisions.requestSignOff(report.getId(), report.getTitle());
        return report;
    }

    /**
     * Drafts the report that refers an Enter and View report's recommendations to the provider, under a
     * decision of category (e): the recommendations as they were signed off, the visit as evidence. The
     * governing body's sign-off of the visit report stands for this report's (see {@link #signOffOf}).
     *
     * @throws DecisionMissingException without a made decision of category (e) of the network
     */
    @Transactional
    public Report draftFromVisit(VisitReferral from, UUID decisionId, String title, String summary,
            NewReport.Recipient recipient) {
        if (!recipient.role().servicesProvider()) {
            throw new IllegalArgumentException("Visit recommendations go to a services-provider");
        }
        NewReport r = new NewReport(decisionId, title, summary, from.recommendationList(),
                List.of(new NewReport.Evidence("visit", from.getVisitId(), "Enter and View, " + from.getPremisesName()
                        + " (" + from.getReference() + ")")), List.of(recipient));
        Report report = create(r, from.getVisitId());
        if (decisions.visitReportSignOffOf(from.getVisitId()) == null) {
            // A visit report published without a recorded sign-off (older data): the normal sign-off applies.
            decisions.requestSignOff(report.getId(), report.getTitle());
        }
        events.record(KIND, report.getId(), "FROM_VISIT", clocks.today(), from.getReference() + ", "
                + from.getPremisesName());
        return report;
    }

    private Report create(NewReport r, UUID visitId) {
        String decision = decisions.require(r.decisionId(), r.use());
        Report report = reports.save(new Report(References.next("RR", clocks.today(), reports.count()), r.decisionId(),
                r.title(), r.summary(), CurrentUser.get().map(CurrentUser::email).orElse(null), visitId));
        for (int i = 0; i < r.recommendations().size(); i++) {
            recommendations.save(new Recommendation(report.getId(), i + 1, r.recommendations().get(i)));
        }
        r.evidence().forEach(e -> evidence.save(new ReportEvidence(report.getId(), e.kind(), e.id(), e.reference())));
        r.recipients().forEach(p -> recipients.save(new ReportRecipient(report.getId(), p.name(), p.role(),
                p.providerId(), p.email())));
        events.record(KIND, report.getId(), "DRAFTED", clocks.today(), decision);
        decisions.recordCase(r.decisionId(), r.use(), report.getId(), report.getReference());
        return report;
    }

    /**
     * The governing body's sign-off of a report, or null: its own, or for a report that refers a visit's
     * recommendations unchanged, the sign-off of the visit report they come from.
     */
    @Transactional(readOnly = true)
    public UUID signOffOf(Report report) {
        UUID own = decisions.signOffOf(report.getId());
        return own != null || report.getVisitId() == null ? own : decisions.visitReportSignOffOf(report.getVisitId());
    }

    /**
     * Sends a signed-off report to its recipients and publishes it: a response clock per recipient.
     *
     * @throws SignOffMissingException before the governing body has signed it off
     */
    @Transactional
    public void send(UUID id, LocalDate on) {
        Report report = find(id).orElseThrow();
        if (report.getStatus() != CaseStatus.DRAFT) {
            throw new IllegalStateException("The report has already been sent");
        }
        UUID signOff = signOffOf(report);
        if (signOff == null) {
            throw new SignOffMissingException();
        }
        report.sent(on, signOff);
        for (ReportRecipient r : recipients(id)) {
            clocks.start(KIND, id, r.party(), Duty.REPORT_RESPONSE, on);
        }
        events.record(KIND, id, "SENT", on, recipients(id).stream().map(ReportRecipient::getName)
                .collect(Collectors.joining(", ")));
        publisher.publishEvent(new PowersCaseOpened(TenantContext.requireNetwork(), KIND, id, report.getReference(),
                report.getDecisionId()));
    }

    /** Records one recipient's responses; its clock stops when no recommendation is left pending. */
    @Transactional
    public void respond(UUID id, UUID recipientId, List<NewResponse> given) {
        find(id).orElseThrow();
        ReportRecipient recipient = recipient(id, recipientId).orElseThrow();
        List<UUID> recIds = recommendations(id).stream().map(Recommendation::getId).toList();
        LocalDate last = null;
        for (NewResponse n : given) {
            if (!recIds.contains(n.recommendationId())) {
                throw new IllegalArgumentException("Not a recommendation of this report");
            }
            responses.save(new RecommendationResponse(n.recommendationId(), recipientId, n.answer(), n.actionPromised(),
                    n.reasons(), n.reviewOn(), null, null, n.receivedOn(), n.via()));
            last = last == null || n.receivedOn().isAfter(last) ? n.receivedOn() : last;
        }
        Map<UUID, RecommendationResponse> latest = latest(id, recipientId);
        boolean complete = recIds.stream().allMatch(r -> latest.containsKey(r)
                && latest.get(r).getAnswer() != RecommendationResponse.Answer.PENDING);
        LocalDate answeredOn = last;
        if (complete && answeredOn != null) {
            clocks.of(KIND, id).stream().filter(c -> c.running() && recipientId.equals(c.getPartyRef())).findFirst()
                    .ifPresent(c -> {
                        clocks.stop(c, answeredOn, ClockOutcome.ANSWERED);
                        publisher.publishEvent(new PowersReplyRecorded(TenantContext.requireNetwork(), KIND, id,
                                "RESPONSE", !answeredOn.isAfter(c.getDueOn())));
                    });
        }
        events.record(KIND, id, complete ? "RESPONDED" : "RESPONDED_IN_PART", answeredOn == null ? clocks.today()
                : answeredOn, recipient.getName());
    }

    /**
     * Later, at or after the review date: whether the promised change happened, with a note and the "what
     * changed" record of the feedback module if there is one (its id, checked by the caller).
     *
     * @throws java.util.NoSuchElementException when the recipient has not responded to the recommendation
     * @throws OutcomeTooEarlyException before the review date the recipient gave
     */
    @Transactional
    public RecommendationResponse recordOutcome(UUID id, UUID recipientId, UUID recommendationId,
            RecommendationResponse.ChangeOutcome outcome, String note, UUID impactId, LocalDate on) {
        find(id).orElseThrow();
        RecommendationResponse current = Optional.ofNullable(latest(id, recipientId).get(recommendationId))
                .orElseThrow();
        if (current.getReviewOn() != null && on.isBefore(current.getReviewOn())) {
            throw new OutcomeTooEarlyException(current.getReviewOn());
        }
        RecommendationResponse saved = responses.save(current.withOutcome(outcome, note, impactId, on));
        int number = recommendations(id).stream().filter(r -> r.getId().equals(recommendationId))
                .mapToInt(Recommendation::getNumber).findFirst().orElse(0);
        events.record(KIND, id, "CHANGE_" + outcome.name(), on, "Recommendation " + number
                + recipient(id, recipientId).map(r -> ", " + r.getName()).orElse("") + (note == null ? "" : ": " + note));
        return saved;
    }

    /** The latest response of one recipient to one recommendation, if any. */
    @Transactional(readOnly = true)
    public Optional<RecommendationResponse> latest(UUID id, UUID recipientId, UUID recommendationId) {
        return Optional.ofNullable(latest(id, recipientId).get(recommendationId));
    }

    @Transactional(readOnly = true)
    public Optional<Report> find(UUID id) {
        return TenantContext.currentNetwork().flatMap(network -> reports.findById(id)
                .filter(r -> r.getNetworkId().equals(network)));
    }

    @Transactional(readOnly = true)
    public Page<Report> list(Pageable page) {
        return reports.findAllByOrderByCreatedAtDescIdDesc(page);
    }

    @Transactional(readOnly = true)
    public Page<Report> published(Pageable page) {
        return reports.findByPublishedTrueOrderBySentOnDescIdDesc(page);
    }

    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(UUID id) {
        return recommendations.findByReportIdOrderByNumberAsc(id);
    }

    @Transactional(readOnly = true)
    public List<ReportEvidence> evidence(UUID id) {
        return evidence.findByReportIdOrderByCreatedAtAsc(id);
    }

    @Transactional(readOnly = true)
    public List<ReportRecipient> recipients(UUID id) {
        return recipients.findByReportIdOrderByCreatedAtAsc(id);
    }

    @Transactional(readOnly = true)
    public Optional<ReportRecipient> recipient(UUID id, UUID recipientId) {
        return recipients(id).stream().filter(r -> r.getId().equals(recipientId)).findFirst();
    }

    /** Recipients that are any of these providers (for service responders). */
    @Transactional(readOnly = true)
    public Page<ReportRecipient> recipientsAmong(List<UUID> providers, Pageable page) {
        return recipients.findByProviderIdIn(providers, page);
    }

    /** The latest response of a recipient to each recommendation of the report. */
    @Transactional(readOnly = true)
    public Map<UUID, RecommendationResponse> latest(UUID id, UUID recipientId) {
        List<UUID> recIds = recommendations(id).stream().map(Recommendation::getId).toList();
        return recIds.isEmpty() ? Map.of() : responses.findByRecommendationIdInOrderByCreatedAtAsc(recIds).stream()
                .filter(r -> r.getRecipientId().equals(recipientId))
                .collect(Collectors.toMap(RecommendationResponse::getRecommendationId, r -> r, (a, b) -> b));
    }
}
