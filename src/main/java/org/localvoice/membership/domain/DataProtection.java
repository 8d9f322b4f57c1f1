package org.localvoice.membership.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.calendar.WorkingDayCalendar;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data protection for participants of the current network: their personal data as one record (subject
 * access), subject access and erasure requests with due dates and a history, and erasure itself.
 */
@Service
public class DataProtection {

    static final String ENTITY = "DataRequest";

    private final DataRequestRepository requests;
    private final DataRequestStepRepository steps;
    private final ParticipantDirectory directory;
    private final PersonalDataCollector collector;
    private final Erasure erasure;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DataProtection(DataRequestRepository requests, DataRequestStepRepository steps, ParticipantDirectory directory,
            PersonalDataCollector collector, Erasure erasure, WorkingDayCalendar calendar, Clock clock,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.steps = steps;
        this.directory = directory;
        this.collector = collector;
        this.erasure = erasure;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /** The personal data of a participant of the current network. */
    @Transactional(readOnly = true)
    public Optional<PersonalData> personalData(UUID participantId) {
        return directory.inNetwork(participantId).map(collector::collect);
    }

    @Transactional
    public DataRequest open(UUID participantId, DataRequest.Kind kind, LocalDate receivedOn, String note) {
        directory.inNetwork(participantId).orElseThrow(() -> new IllegalArgumentException("No participant " + participantId));
        DataRequest r = requests.save(new DataRequest(participantId, kind, receivedOn,
                ResponseDue.from(receivedOn, calendar::workingDayOnOrAfter)));
        step(r, "RECEIVED", note);
        return r;
    }

    @Transactional(readOnly = true)
    public Optional<DataRequest> find(UUID id) {
        UUID network = TenantContext.requireNetwork();
        return requests.findById(id).filter(r -> network.equals(r.getNetworkId()));
    }

    @Transactional(readOnly = true)
    public Page<DataRequest> open(Pageable page) {
        return requests.findByStatusOrderByDueOnAsc(DataRequest.Status.OPEN, page);
    }

    @Transactional(readOnly = true)
    public List<DataRequestStep> history(UUID requestId) {
        return steps.findByRequestIdOrderByCreatedAtAscIdAsc(requestId);
    }

    @Transactional(readOnly = true)
    public List<DataRequest> requestsOf(UUID participantId) {
        return requests.findByParticipantIdOrderByReceivedOnDesc(participantId);
    }

    /** Open requests due within a week (or already overdue), for the dashboard. */
    @Transactional(readOnly = true)
    public long dueSoon() {
        return requests.countByStatusAndDueOnBefore(DataRequest.Status.OPEN, LocalDate.now(clock).plusDays(8));
    }

    /** A step staff record on a request (for example, that they downloaded the data to send it). */
    @Transactional
    public void note(DataRequest r, String step, String note) {
        step(r, step, note);
    }

    /** Staff complete an access request (the data was sent) or an erasure request (the data is erased now). */
    @Transactional
    public void complete(UUID requestId, long version, String note) {
        DataRequest r = current(requestId, version);
        if (r.getKind() == DataRequest.Kind.ERASURE) {
            erasure.erase(r.getParticipantId());
            step(r, "ERASED", null);
        }
        r.close(DataRequest.Status.COMPLETED, actor(), blankToNull(note));
        requests.saveAndFlush(r);
        step(r, "COMPLETED", blankToNull(note));
    }

    @Transactional
    public void refuse(UUID requestId, long version, String reason) {
        DataRequest r = current(requestId, version);
        r.close(DataRequest.Status.REFUSED, actor(), reason.strip());
        requests.saveAndFlush(r);
        step(r, "REFUSED", reason.strip());
    }

    private DataRequest current(UUID id, long version) {
        DataRequest r = find(id).filter(x -> x.getStatus() == DataRequest.Status.OPEN)
                .orElseThrow(() -> new IllegalStateException("membership.requests.error.closed"));
        if (r.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(DataRequest.class, id);
        }
        return r;
    }

    private void step(DataRequest r, String step, String note) {
        steps.save(new DataRequestStep(r.getId(), step, note));
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), ENTITY, r.getId(),
                r.getKind().name().toLowerCase(java.util.Locale.ROOT) + " request " + step.toLowerCase(java.util.Locale.ROOT),
                "participant " + r.getParticipantId()));
    }

    private static String actor() {
        return org.localvoice.access.CurrentUser.get().map(u -> u.email()).orElse("system");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
