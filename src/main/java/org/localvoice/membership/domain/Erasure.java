package org.localvoice.membership.domain;

import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.membership.ParticipantErased;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a participant's personal data: contact details, preferences, interests, volunteer roles,
 * representative links, the name and the account link, and the reasons written on their membership
 * decisions. What stays is anonymous: that a participant of this kind joined, how and when, and their
 * consent and request history (dates and purposes), so the network's counts still add up.
 */
@Component
class Erasure {

    private final ParticipantRepository participants;
    private final ContactRepository contacts;
    private final InterestRepository interests;
    private final VolunteerRoleRepository roles;
    private final RepresentativeRepository representatives;
    private final MembershipDecisionRepository decisions;
    private final ApplicationEventPublisher events;

    Erasure(ParticipantRepository participants, ContactRepository contacts, InterestRepository interests,
            VolunteerRoleRepository roles, RepresentativeRepository representatives, MembershipDecisionRepository decisions,
            ApplicationEventPublisher events) {
        this.participants = participants;
        this.contacts = contacts;
        this.interests = interests;
        this.roles = roles;
        this.representatives = representatives;
        this.decisions = decisions;
        this.events = events;
    }

    @Transactional
    void erase(UUID participantId) {
        Participant p = participants.findById(participantId).orElseThrow();
        contacts.deleteByParticipantId(participantId);
        interests.deleteByParticipantId(participantId);
        roles.deleteByParticipantId(participantId);
        representatives.deleteByOrganisationIdOrPersonId(participantId, participantId);
        decisions.clearReasons(participantId);
        flush(contacts, interests, roles, representatives);
        p.erase();
        participants.saveAndFlush(p);
        events.publishEvent(new AuditableChange(p.getNetworkId() != null ? p.getNetworkId() : TenantContext.requireNetwork(),
                Memberships.ENTITY, participantId, "personal data erased", null));
        events.publishEvent(new ParticipantErased(p.getNetworkId() != null ? p.getNetworkId() : TenantContext.requireNetwork(), participantId));
    }

    private static void flush(JpaRepository<?, ?>... repositories) {
        for (JpaRepository<?, ?> r : repositories) {
            r.flush();
        }
    }
}
