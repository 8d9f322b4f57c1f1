package org.localvoice.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An organisation's representatives, volunteer roles and consent records of the current network's participants. */
@Service
public class ParticipantRecords {

    private final RepresentativeRepository representatives;
    private final VolunteerRoleRepository roles;
    private final ConsentRepository consents;
    private final ParticipantDirectory directory;
    private final ApplicationEventPublisher events;

    ParticipantRecords(RepresentativeRepository representatives, VolunteerRoleRepository roles, ConsentRepository consents,
            ParticipantDirectory directory, ApplicationEventPublisher events) {
        this.representatives = representatives;
        this.roles = roles;
        this.consents = consents;
        this.directory = directory;
        this.events = events;
    }

    /** A named person: the representative link and the person. */
    public record Named(UUID linkId, Participant participant) {
    }

    @Transactional(readOnly = true)
    public List<Named> representativesOf(UUID organisationId) {
        return representatives.findByOrganisationId(organisationId).stream()
                .flatMap(r -> directory.inNetwork(r.getPersonId()).map(p -> new Named(r.getId(), p)).stream()).toList();
    }

    @Transactional(readOnly = true)
    public List<Named> organisationsRepresentedBy(UUID personId) {
        return representatives.findByPersonId(personId).stream()
                .flatMap(r -> directory.inNetwork(r.getOrganisationId()).map(p -> new Named(r.getId(), p)).stream()).toList();
    }

    /**
     * An organisation names a person as its representative. Returns a message key when it cannot be done:
     * both must be participants of this network, the first an organisation and the second a person.
     */
    @Transactional
    public Optional<String> nameRepresentative(UUID organisationId, UUID personId) {
        Optional<Participant> org = directory.inNetwork(organisationId);
        Optional<Participant> person = directory.inNetwork(personId);
        if (org.isEmpty() || org.get().isPerson()) {
            return Optional.of("membership.representative.error.notOrganisation");
        }
        if (person.isEmpty() || !person.get().isPerson() || person.get().getStatus() == ParticipantStatus.ERASED) {
            return Optional.of("membership.representative.error.notPerson");
        }
        if (representatives.existsByOrganisationIdAndPersonId(organisationId, personId)) {
            return Optional.of("membership.representative.error.already");
        }
        representatives.save(new Representative(organisationId, personId));
        audit(organisationId, "representative named", personId.toString());
        return Optional.empty();
    }

    @Transactional
    /** Removes an organisation's representative; false when the organisation has no such link. */
    public boolean removeRepresentative(UUID organisationId, UUID linkId) {
        var link = representatives.findById(linkId).filter(r -> r.getOrganisationId().equals(organisationId))
                .filter(r -> r.getNetworkId().equals(TenantContext.requireNetwork()));
        link.ifPresent(r -> {
            representatives.delete(r);
            audit(organisationId, "representative removed", r.getPersonId().toString());
        });
        return link.isPresent();
    }

    @Transactional(readOnly = true)
    public List<VolunteerRole> rolesOf(UUID participantId) {
        return roles.findByParticipantIdOrderByFromDateDesc(participantId);
    }

    @Transactional
    public void addRole(UUID participantId, String role, LocalDate from, LocalDate to) {
        roles.save(new VolunteerRole(participantId, role.strip(), from, to));
        audit(participantId, "volunteer role added", role.strip());
    }

    @Transactional(readOnly = true)
    public List<Consent> consentsOf(UUID participantId) {
        return consents.findByParticipantIdOrderByRecordedAtAscIdAsc(participantId);
    }

    /** Whether the latest record for the purpose says consent was given. */
    public static boolean stands(List<Consent> history, Consent.Purpose purpose) {
        return history.stream().filter(c -> c.getPurpose() == purpose).reduce((a, b) -> b).map(Consent::isGiven).orElse(false);
    }

    /** A new consent record: given or withdrawn, with the words shown. Nothing earlier is changed. */
    @Transactional
    public void recordConsent(UUID participantId, Consent.Purpose purpose, boolean given, String wording) {
        consents.save(new Consent(participantId, purpose, given, wording));
        audit(participantId, given ? "consent given" : "consent withdrawn", purpose.name());
    }

    private void audit(UUID participantId, String action, String detail) {
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), Memberships.ENTITY, participantId, action, detail));
    }
}
