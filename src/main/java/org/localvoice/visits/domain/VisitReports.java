package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.StatutoryClock;
import org.localvoice.shared.TenantContext;
import org.localvoice.visits.VisitReportPublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visit report's life: drafted from the observations, sent to the provider for factual-accuracy
 * comments by a due date from the network's rule set, comments recorded, signed off by the governing
 * body, then published with its recommendations announced for tracking.
 */
@Service
public class VisitReports {

    private final VisitPlanning planning;
    private final VisitRepository visits;
    private final StatutoryClock clock;
    private final DeadlineExplanations explanations;
    private final GoverningBodySignOff signOff;
    private final ApplicationEventPublisher events;
    private final Today today;
    private final VisitLetterRepository letters;

    VisitReports(VisitPlanning planning, VisitRepository visits, StatutoryClock clock, DeadlineExplanations explanations,
            GoverningBodySignOff signOff, ApplicationEventPublisher events, Today today, VisitLetterRepository letters) {
        this.letters = letters;
        this.planning = planning;
        this.visits = visits;
        this.clock = clock;
        this.explanations = explanations;
        this.signOff = signOff;
        this.events = events;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public Page<Visit> published(Pageable page) {
        return visits.findByReportPublishedOnIsNotNullOrderByReportPublishedOnDesc(page);
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void draft(UUID id, long version, String summary, String findings, String recommendations) {
        Visit v = planning.load(id, version);
        if (v.stage().compareTo(VisitStage.SIGNED_OFF) >= 0) {
            throw new RefusedException("visits.refused.reportClosed");
        }
        v.getReport().draft(summary, findings, recommendations);
        visits.saveAndFlush(v);
        audit(v, "visit.reportDrafted", v.getReport().recommendationList().size() + " recommendations");
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public Deadline sendToProvider(UUID id, long version, LocalDate sentOn) {
        return sendToProvider(id, version, sentOn, VisitLetter.Channel.POST, null);
    }

    /** Records the draft as sent for comments, with the due date, on the visit and on its timeline of letters. */
    Deadline sendToProvider(UUID id, long version, LocalDate sentOn, VisitLetter.Channel channel, String to) {
        Visit v = planning.load(id, version);
        if (v.stage() != VisitStage.REPORT_DRAFTED) {
            throw new RefusedException("visits.refused.sendNeedsDraft");
        }
        Deadline due = clock.due(TenantContext.requireNetwork(), Duty.VISIT_REPORT_PROVIDER_COMMENTS, sentOn);
        String why = explanations.computation(due, Locale.UK);
        v.getReport().sent(sentOn, due, why.length() > 1000 ? why.substring(0, 1000) : why);
        visits.saveAndFlush(v);
        signOff.request(id, v.getPremisesName() + " " + v.getVisitOn(), "/manage/visits/" + id + "/report");
        letters.save(new VisitLetter(id, VisitLetter.Kind.DRAFT_REPORT, channel, to, sentOn, Senders.current(), due.due()));
        audit(v, "visit.draftSent", (to == null ? "" : "by e-mail to " + to + ", ") + "comments due " + due.due() + " (" + due.ruleSet().code() + " v" + due.ruleSet().version() + ")");
        return due;
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void recordComments(UUID id, long version, String comments, LocalDate receivedOn) {
        Visit v = planning.load(id, version);
        if (v.getReport().getDraftSentOn() == null || v.stage().compareTo(VisitStage.SIGNED_OFF) >= 0) {
            throw new RefusedException("visits.refused.commentsNotExpected");
        }
        v.getReport().comments(comments, receivedOn);
        visits.saveAndFlush(v);
        audit(v, "visit.commentsRecorded", "received " + receivedOn);
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void publish(UUID id, long version) {
        Visit v = planning.load(id, version);
        if (v.getReport().getDraftSentOn() == null || v.getReport().getPublishedOn() != null) {
            throw new RefusedException("visits.refused.cannotPublish");
        }
        GoverningBodySignOff.Signed signed = signOff.of(id).orElseThrow(() -> new RefusedException("visits.refused.notSignedOff"));
        v.getReport().signedOff(signed.on(), signed.id());
        v.getReport().published(today.date());
        visits.saveAndFlush(v);
        List<String> recommendations = v.getReport().recommendationList();
        events.publishEvent(new VisitReportPublished(TenantContext.requireNetwork(), id, v.getPremisesId(), v.getControllerId(),
                recommendations));
        audit(v, "visit.reportPublished", recommendations.size() + " recommendations");
    }

    private void audit(Visit v, String action, String detail) {
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Visit", v.getId(), action, detail));
    }
}
