package org.localvoice.membership.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.membership.ParticipantJoined;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joining, staff adding, membership decisions and edits in the current network, each audited. */
@Service
public class Memberships {

    static final String ENTITY = "Participant";

    private final ParticipantRepository participants;
    private final ContactRepository contacts;
    private final InterestRepository interests;
    private final ConsentRepository consents;
    private final MembershipDecisionRepository decisions;
    private final MembershipSettingsRepository settings;
    private final ParticipantDirectory directory;
    private final ApplicationEventPublisher events;

    Memberships(ParticipantRepository participants, ContactRepository contacts, InterestRepository interests,
            ConsentRepository consents, MembershipDecisionRepository decisions, MembershipSettingsRepository settings,
            ParticipantDirectory directory, ApplicationEventPublisher events) {
        this.participants = participants;
        this.contacts = contacts;
        this.interests = interests;
        this.consents = consents;
        this.decisions = decisions;
        this.settings = settings;
        this.directory = directory;
        this.events = events;
    }

    /** A participant of the current network; another network's is not found. */
    @Transactional(readOnly = true)
    public Optional<Participant> find(UUID id) {
        return directory.inNetwork(id);
    }

    /** Staff search: by name prefix and, optionally, status; ordered by name. */
    @Transactional(readOnly = true)
    public Page<Participant> search(String namePrefix, ParticipantStatus status, Pageable page) {
        Pageable sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("searchName", "id"));
        return participants.findBySearchNameStartingWithAndStatusIn(Participant.searchForm(namePrefix),
                status == null ? EnumSet.complementOf(EnumSet.of(ParticipantStatus.ERASED)) : EnumSet.of(status), sorted);
    }

    @Transactional(readOnly = true)
    public long waitingForDecision() {
        return participants.countByStatus(ParticipantStatus.APPLIED);
    }

    /** Records a new participant: their details, interests and consents, the application and (by the rule) its acceptance. */
    @Transactional
    public Participant join(NewParticipant details, JoinedVia via, UUID accountId) {
        Participant created = new Participant(details.kind(), details.organisationKind(), details.displayName(), via);
        created.linkAccount(accountId);
        Participant p = participants.save(created);
        Contact contact = new Contact(p.getId());
        contact.setDetails(details.contact());
        contacts.save(contact);
        details.interests().forEach(tag -> interests.save(new Interest(p.getId(), tag)));
        details.consents().forEach((purpose, wording) -> consents.save(new Consent(p.getId(), purpose, true, wording)));
        decisions.save(new MembershipDecision(p.getId(), MembershipDecision.Outcome.APPLIED, null, false, null));
        audit(p, via == JoinedVia.STAFF ? "added" : "applied", null);
        if (MembershipRule.onArrival(via, automaticAcceptance()) == ParticipantStatus.ACCEPTED) {
            accept(p, via == JoinedVia.ONLINE, via == JoinedVia.STAFF ? "added by staff" : null);
        }
        return p;
    }

    /**
     * Staff accept or decline a waiting application.
     *
     * @throws IllegalStateException with a message key when the rule does not allow it
     */
    @Transactional
    public void decide(UUID id, long version, boolean accept, String reason) {
        Participant p = current(id, version);
        String problem = MembershipRule.problemWithDecision(p.getStatus(), accept, reason);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        if (accept) {
            accept(p, false, blankToNull(reason));
        } else {
            p.changeStatus(ParticipantStatus.DECLINED);
            decisions.save(new MembershipDecision(p.getId(), MembershipDecision.Outcome.DECLINED, reason.strip(), false,
                    actor()));
            audit(p, "declined", reason.strip());
        }
        participants.saveAndFlush(p);
    }

    /**
     * Staff record that a member left the network on a day, with the reason: appended to the membership
     * history; the participant is no longer a member.
     *
     * @throws IllegalStateException with a message key when the rule does not allow it
     */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HOST_STAFF')")
    public void markLeft(UUID id, long version, java.time.LocalDate leftOn, String reason) {
        Participant p = current(id, version);
        String problem = MembershipRule.problemWithLeaving(p.getStatus(), leftOn,
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")), reason);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        p.changeStatus(ParticipantStatus.LEFT);
        decisions.save(new MembershipDecision(p.getId(), MembershipDecision.Outcome.LEFT, reason.strip(), actor(), leftOn));
        participants.saveAndFlush(p);
        audit(p, "left", leftOn + ": " + reason.strip());
        events.publishEvent(new org.localvoice.membership.ParticipantLeft(TenantContext.requireNetwork(), p.getId(), leftOn));
    }

    /** Staff change a participant's name, kind of organisation, contact details and interests. */
    @Transactional
    public void edit(UUID id, long version, String displayName, org.localvoice.membership.OrganisationKind kind,
            ContactDetails details, List<String> tags) {
        Participant p = current(id, version);
        p.rename(displayName, kind);
        Contact contact = contacts.findByParticipantId(id).orElseGet(() -> new Contact(id));
        contact.setDetails(details);
        contacts.save(contact);
        interests.deleteByParticipantId(id);
        interests.flush();
        tags.forEach(tag -> interests.save(new Interest(id, tag)));
        participants.saveAndFlush(p);
        audit(p, "edited", null);
    }

    @Transactional(readOnly = true)
    public boolean automaticAcceptance() {
        return settings.findFirstBy().map(MembershipSettings::isAutomaticAcceptance).orElse(false);
    }

    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HOST_MANAGER')")
    @Transactional
    public void setAutomaticAcceptance(boolean automatic) {
        MembershipSettings s = settings.findFirstBy().orElseGet(() -> new MembershipSettings(automatic));
        s.setAutomaticAcceptance(automatic);
        settings.save(s);
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "MembershipSettings", s.getId(),
                "changed", "automatic acceptance: " + automatic));
    }

    @Transactional(readOnly = true)
    public Optional<ContactDetails> contact(UUID id) {
        return contacts.findByParticipantId(id).map(Contact::details);
    }

    @Transactional(readOnly = true)
    public List<String> interests(UUID id) {
        return interests.findByParticipantIdOrderByTag(id).stream().map(Interest::getTag).toList();
    }

    @Transactional(readOnly = true)
    public List<MembershipDecision> history(UUID id) {
        return decisions.findByParticipantIdOrderByDecidedAtAscIdAsc(id);
    }

    private void accept(Participant p, boolean automatic, String reason) {
        p.changeStatus(ParticipantStatus.ACCEPTED);
        decisions.save(new MembershipDecision(p.getId(), MembershipDecision.Outcome.ACCEPTED, reason, automatic,
                automatic ? null : actor()));
        audit(p, automatic ? "accepted automatically" : "accepted", reason);
        events.publishEvent(new ParticipantJoined(TenantContext.requireNetwork(), p.getId(), p.isPerson()));
    }

    private Participant current(UUID id, long version) {
        Participant p = find(id).orElseThrow(() -> new IllegalArgumentException("No participant " + id));
        if (p.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Participant.class, id);
        }
        return p;
    }

    private void audit(Participant p, String action, String detail) {
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), ENTITY, p.getId(), action, detail));
    }

    private static String actor() {
        return org.localvoice.access.CurrentUser.get().map(u -> u.email()).orElse("system");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
