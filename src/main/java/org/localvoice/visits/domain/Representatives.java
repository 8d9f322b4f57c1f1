package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current network's authorised representatives: recording each step, issuing, withdrawing, verifying. */
@Service
public class Representatives {

    private final AuthorisedRepresentativeRepository representatives;
    private final VisitSettingsRepository settings;
    private final ApplicationEventPublisher events;
    private final Today today;
    private final ParticipantPicker participants;

    Representatives(AuthorisedRepresentativeRepository representatives, VisitSettingsRepository settings,
            ApplicationEventPublisher events, Today today, ParticipantPicker participants) {
        this.participants = participants;
        this.representatives = representatives;
        this.settings = settings;
        this.events = events;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public Page<AuthorisedRepresentative> page(Pageable page) {
        return representatives.findAllByOrderByNameAsc(page);
    }

    @Transactional(readOnly = true)
    public Optional<AuthorisedRepresentative> find(UUID id) {
        UUID network = TenantContext.requireNetwork();
        return representatives.findById(id).filter(r -> network.equals(r.getNetworkId()));
    }

    @Transactional(readOnly = true)
    public VisitSettings settings() {
        return settings.findFirstBy().orElseGet(VisitSettings::new);
    }

    public Authorisation authorisation(AuthorisedRepresentative r) {
        return authorisation(r, today.date());
    }

    public Authorisation authorisation(AuthorisedRepresentative r, LocalDate on) {
        return AuthorisationRules.assess(r, settings().renewals(), on);
    }

    /** Representatives whose written evidence is in force today, by name. */
    @Transactional(readOnly = true)
    public Page<AuthorisedRepresentative> register(Pageable page) {
        LocalDate d = today.date();
        return representatives.findBySuitableTrueAndAuthorisedOnLessThanEqualAndValidToGreaterThanEqualAndWithdrawnOnIsNullOrderByNameAsc(d, d, page);
    }

    /** The card with this code, if the network issued it (whatever its status now). */
    @Transactional(readOnly = true)
    public Optional<AuthorisedRepresentative> byCode(String typed) {
        String code = VerificationCodes.normalise(typed);
        return code.isEmpty() ? Optional.empty() : representatives.findByVerificationCode(code).filter(r -> r.getAuthorisedOn() != null);
    }

    @Transactional(readOnly = true)
    public Optional<AuthorisedRepresentative> byParticipant(UUID participantId) {
        return representatives.findByParticipantId(participantId);
    }

    /**
     * The representative record of a signed-in account: by its stored link, else through the participant
     * membership links to the account, else by e-mail address; a record found the second or third way is linked.
     */
    @Transactional
    public Optional<AuthorisedRepresentative> of(CurrentUser user) {
        Optional<AuthorisedRepresentative> linked = representatives.findFirstByAccountId(user.accountId());
        if (linked.isPresent()) {
            return linked;
        }
        Optional<AuthorisedRepresentative> viaParticipant = participants.forAccount(user.accountId())
                .flatMap(p -> representatives.findByParticipantId(p.id())).filter(r -> r.getAccountId() == null);
        if (viaParticipant.isPresent()) {
            viaParticipant.get().linkAccount(user.accountId());
            return viaParticipant;
        }
        Optional<AuthorisedRepresentative> byEmail = representatives.findFirstByEmailIgnoreCase(user.email()).filter(r -> r.getAccountId() == null);
        byEmail.ifPresent(r -> r.linkAccount(user.accountId()));
        return byEmail;
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public UUID add(UUID participantId, String name, String email, TrainingAndCheck details) {
        if (representatives.existsByParticipantId(participantId)) {
            throw new RefusedException("visits.refused.alreadyRepresentative", name);
        }
        AuthorisedRepresentative r = new AuthorisedRepresentative(participantId, name, email);
        details.applyTo(r);
        r.refreshValidTo(settings().renewals());
        representatives.save(r);
        audit(r, "representative.added", name);
        return r.getId();
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void record(UUID id, long version, TrainingAndCheck details) {
        AuthorisedRepresentative r = load(id, version);
        details.applyTo(r);
        r.refreshValidTo(settings().renewals());
        representatives.saveAndFlush(r);
        audit(r, "representative.recorded", details.summary());
    }

    /** The nominated person considers the check: never the representative themself. */
    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void consider(UUID id, long version, CurrentUser by, boolean suitable, String note) {
        AuthorisedRepresentative r = load(id, version);
        if (by.accountId().equals(r.getAccountId()) || by.email().equalsIgnoreCase(r.getEmail() == null ? "" : r.getEmail())) {
            throw new RefusedException("visits.refused.selfConsideration");
        }
        if (r.getCheckOn() == null) {
            throw new RefusedException("visits.refused.noCheckToConsider");
        }
        r.consider(by.accountId(), by.displayName(), today.date(), suitable, note);
        representatives.saveAndFlush(r);
        audit(r, "representative.considered", suitable ? "suitable" : "not suitable");
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public String issue(UUID id, long version) {
        AuthorisedRepresentative r = load(id, version);
        Authorisation a = authorisation(r);
        if (a.status() != AuthorisationStatus.READY_TO_ISSUE) {
            throw new RefusedException("visits.refused.cannotIssue." + a.status().name());
        }
        String code = VerificationCodes.next();
        while (representatives.findByVerificationCode(code).isPresent()) {
            code = VerificationCodes.next();
        }
        r.issue(today.date(), code);
        representatives.saveAndFlush(r);
        audit(r, "representative.issued", "valid to " + r.getValidTo());
        return code;
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void withdraw(UUID id, long version, String reason) {
        AuthorisedRepresentative r = load(id, version);
        if (r.getWithdrawnOn() != null) {
            throw new RefusedException("visits.refused.alreadyWithdrawn");
        }
        r.withdraw(today.date(), reason);
        representatives.saveAndFlush(r);
        audit(r, "representative.withdrawn", reason);
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void changeSettings(long version, int trainingMonths, int checkMonths, boolean keepImages) {
        VisitSettings s = settings.findFirstBy().orElseGet(VisitSettings::new);
        if (s.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(VisitSettings.class, s.getId());
        }
        s.change(trainingMonths, checkMonths, keepImages);
        settings.saveAndFlush(s);
        representatives.findAllBy().forEach(r -> r.refreshValidTo(s.renewals()));
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "VisitSettings", s.getId(), "visits.settings.changed",
                "training " + trainingMonths + " months, check " + checkMonths + " months, images " + keepImages));
    }

    private AuthorisedRepresentative load(UUID id, long version) {
        AuthorisedRepresentative r = find(id).orElseThrow(() -> new IllegalArgumentException("No representative " + id));
        if (r.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(AuthorisedRepresentative.class, id);
        }
        return r;
    }

    private void audit(AuthorisedRepresentative r, String action, String detail) {
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "AuthorisedRepresentative", r.getId(), action, detail));
    }
}
