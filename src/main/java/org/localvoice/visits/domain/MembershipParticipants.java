package org.localvoice.visits.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.membership.ParticipantSummary;
import org.localvoice.membership.Participants;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Participants from the membership module; only people can be representatives. */
@Component
class MembershipParticipants implements ParticipantPicker {

    private final Participants participants;

    MembershipParticipants(Participants participants) {
        this.participants = participants;
    }

    @Override
    public Optional<Person> find(UUID participantId) {
        return participants.find(participantId).filter(ParticipantSummary::person).map(MembershipParticipants::person);
    }

    @Override
    public List<Person> search(String text, int limit) {
        return participants.search(text == null ? "" : text.trim(), PageRequest.of(0, limit)).getContent().stream()
                .filter(ParticipantSummary::person).map(MembershipParticipants::person).toList();
    }

    @Override
    public boolean isMember(UUID participantId) {
        return participants.isMember(participantId);
    }

    @Override
    public Optional<Person> forAccount(UUID accountId) {
        return participants.forAccount(accountId).map(MembershipParticipants::person);
    }

    private static Person person(ParticipantSummary p) {
        return new Person(p.id(), p.displayName(), p.email());
    }
}
