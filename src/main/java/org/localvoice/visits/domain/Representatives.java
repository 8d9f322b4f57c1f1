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

    static final String LEFT_THE_NETWORK = "Left the network";
    static final String ERASED = "Personal data erased on request";

    private final AuthorisedRepresentativeRepository representatives;
    private final VisitSettingsRepository settings;
    private final ApplicationEventPublisher events;
    private final Today today;
    private final ParticipantPicker participants;
    private final NominatedPersons nominated;
    private final CertificateImages images;

    Representatives(AuthorisedRepresentativeRepository representatives, VisitSettingsRepository settings,
            ApplicationEventPublisher events, Today today, ParticipantPicker participants, NominatedPersons nominated,
            CertificateImages images) {
        this.images = images;
        this.participants = participants;
        this.nominated = nominated;
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
        if (!participants.isMember(participantId)) {
            throw new RefusedException("visits.refused.notMember", name);
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
        boolean checkChanged = details.checkType() != r.getCheckType() || !java.util.Objects.equals(details.checkOn(), r.getCheckOn())
                || !java.util.Objects.equals(details.checkReference(), r.getCheckReference());
        details.applyTo(r);
        r.refreshValidTo(settings().renewals());
        representatives.saveAndFlush(r);
        audit(r, "representative.recorded", details.summary());
        if (checkChanged) {
            images.delete(id, "check superseded");
        }
    }

    /**
     * The nominated person considers the check: only someone the network nominated (and whose nomination is
     * in force today), and never the representative themself.
     */
    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void consider(UUID id, long version, CurrentUser by, boolean suitable, String note) {
        AuthorisedRepresentative r = load(id, version);
        if (by.accountId().equals(r.getAccountId()) || by.email().equalsIgnoreCase(r.getEmail() == null ? "" : r.getEmail())
                || participants.forAccount(by.accountId()).map(p -> p.id().equals(r.getParticipantId())).orElse(false)) {
            throw new RefusedException("visits.refused.selfConsideration");
        }
        NominatedPerson nominee = nominated.of(by).orElseThrow(() -> new RefusedException("visits.refused.notNominated"));
        if (r.getParticipantId().equals(nominee.getParticipantId())) {
            throw new RefusedException("visits.refused.selfConsideration");
        }
        if (r.getCheckOn() == null) {
            throw new RefusedException("visits.refused.noCheckToConsider");
        }
        r.consider(by.accountId(), nominee.getName(), today.date(), suitable, note);
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
        if (!participants.isMember(r.getParticipantId())) {
            throw new RefusedException("visits.refused.notMember", r.getName());
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
        images.delete(id, "authorisation withdrawn");
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
        if (!keepImages) {
            images.deleteAll();
        }
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "VisitSettings", s.getId(), "visits.settings.changed",
                "training " + trainingMonths + " months, check " + checkMonths + " months, images " + keepImages));
    }

    /** The participant left the network: an authorisation still in force is withdrawn from the day they left. */
    @Transactional
    void participantLeft(UUID participantId, LocalDate leftOn) {
        representatives.findByParticipantId(participantId).filter(r -> r.getWithdrawnOn() == null).ifPresent(r -> {
            r.withdraw(leftOn, LEFT_THE_NETWORK);
            representatives.saveAndFlush(r);
            audit(r, "representative.withdrawn", LEFT_THE_NETWORK);
            images.delete(r.getId(), LEFT_THE_NETWORK);
        });
    }

    /**
     * The participant's personal data was erased: their name, e-mail address and account link are removed
     * from the representative record (the register and card then show no name), and any authorisation is withdrawn.
     */
    @Transactional
    void participantErased(UUID participantId) {
        representatives.findByParticipantId(participantId).ifPresent(r -> {
            if (r.getWithdrawnOn() == null) {
                r.withdraw(today.date(), ERASED);
            }
            r.anonymise();
            representatives.saveAndFlush(r);
            images.delete(r.getId(), ERASED);
            audit(r, "representative.anonymised", ERASED);
        });
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
