package org.localvoice.governance.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.audit.AuditableChange;
import org.localvoice.governance.NewSignOff;
import org.localvoice.governance.SignOff;
import org.localvoice.governance.SubjectSignedOff;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The governing body's sign-offs and the subjects other modules put before it, in the current network. */
@Service
public class SignOffs {

    private final SignOffRecordRepository signOffs;
    private final SignOffRequestRecordRepository requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignOffs(SignOffRecordRepository signOffs, SignOffRequestRecordRepository requests, ApplicationEventPublisher events,
            Clock clock) {
        this.signOffs = signOffs;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void request(String subjectType, UUID subjectId, String title, String link) {
        if (subjectType == null || subjectType.isBlank() || subjectId == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("A sign-off request needs a subject type, id and title");
        }
        String t = title.length() > 300 ? title.substring(0, 300) : title;
        Optional<SignOffRequestRecord> existing = requests.findBySubjectTypeAndSubjectId(subjectType, subjectId);
        if (existing.isPresent()) {
            existing.get().renew(t, link, clock.instant());
        } else {
            requests.save(new SignOffRequestRecord(subjectType, subjectId, t, link, clock.instant()));
        }
    }

    /** Checks what a sign-off needs; empty when it can be recorded. */
    public List<FieldProblem> check(NewSignOff s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.subjectType() == null || s.subjectType().isBlank() || s.subjectId() == null) {
            problems.add(new FieldProblem("subject", "governance.signOff.subject.required"));
        }
        if (s.subjectLabel() == null || s.subjectLabel().isBlank()) {
            problems.add(new FieldProblem("subjectLabel", "governance.signOff.subjectLabel.required"));
        } else if (s.subjectLabel().length() > 200) {
            problems.add(new FieldProblem("subjectLabel", "governance.signOff.subjectLabel.tooLong", 200));
        }
        if (s.signedOn() == null) {
            problems.add(new FieldProblem("signedOn", "governance.signOff.signedOn.required"));
        } else if (s.signedOn().isAfter(LocalDate.now(clock.withZone(Decisions.LONDON)))) {
            problems.add(new FieldProblem("signedOn", "governance.signOff.signedOn.future"));
        }
        if (s.signedBy() == null || s.signedBy().isBlank()) {
            problems.add(new FieldProblem("signedBy", "governance.signOff.signedBy.required"));
        } else if (s.signedBy().length() > 200) {
            problems.add(new FieldProblem("signedBy", "governance.signOff.signedBy.tooLong", 200));
        }
        if (s.minuteReference() != null && s.minuteReference().length() > 100) {
            problems.add(new FieldProblem("minuteReference", "governance.signOff.minuteReference.tooLong", 100));
        }
        return problems;
    }

    /** Records a sign-off; closes the request for the subject if there is one. */
    @Transactional
    public SignOff record(NewSignOff s) {
        List<FieldProblem> problems = check(s);
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        UUID network = TenantContext.requireNetwork();
        String minute = s.minuteReference() == null || s.minuteReference().isBlank() ? null : s.minuteReference().trim();
        SignOffRecord r = signOffs.save(new SignOffRecord(s.subjectType().trim(), s.subjectId(), s.subjectLabel().trim(),
                s.signedOn(), s.signedBy().trim(), CurrentUser.get().map(CurrentUser::accountId).orElse(null), minute));
        requests.findBySubjectTypeAndSubjectId(s.subjectType().trim(), s.subjectId()).ifPresent(q -> q.signedOff(r.getId()));
        events.publishEvent(new SubjectSignedOff(network, s.subjectType(), s.subjectId(), r.getId()));
        events.publishEvent(new AuditableChange(network, "governance.sign-off", r.getId(), "signed off",
                s.subjectType() + " " + s.subjectId() + " " + s.subjectLabel()));
        return r.toSignOff();
    }

    @Transactional(readOnly = true)
    public List<SignOff> of(String subjectType, UUID subjectId) {
        return signOffs.findBySubjectTypeAndSubjectIdOrderBySignedOnAscCreatedAtAsc(subjectType, subjectId).stream()
                .map(SignOffRecord::toSignOff).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SignOffRequestRecord> findRequest(UUID id) {
        Optional<UUID> network = TenantContext.currentNetwork();
        return id == null || network.isEmpty() ? Optional.empty()
                : requests.findById(id).filter(r -> network.get().equals(r.getNetworkId()));
    }

    @Transactional(readOnly = true)
    public Page<SignOffRequestRecord> awaiting(Pageable page) {
        return requests.findBySignOffIdIsNullOrderByRequestedAtAsc(page);
    }

    @Transactional(readOnly = true)
    public long countAwaiting() {
        return requests.countBySignOffIdIsNull();
    }

    @Transactional(readOnly = true)
    public Page<SignOff> recent(Pageable page) {
        return signOffs.findAllByOrderBySignedOnDescCreatedAtDesc(page).map(SignOffRecord::toSignOff);
    }
}
