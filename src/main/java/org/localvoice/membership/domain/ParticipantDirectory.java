package org.localvoice.membership.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.localvoice.membership.ParticipantSummary;
import org.localvoice.membership.Participants;
import org.localvoice.shared.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Participants} facade: reads of the current network's participants for other modules. */
@Service
@Transactional(readOnly = true)
class ParticipantDirectory implements Participants {

    private static final EnumSet<ParticipantStatus> LISTED = EnumSet.of(ParticipantStatus.APPLIED, ParticipantStatus.ACCEPTED);

    private final ParticipantRepository participants;
    private final ContactRepository contacts;
    private final RepresentativeRepository representatives;

    ParticipantDirectory(ParticipantRepository participants, ContactRepository contacts,
            RepresentativeRepository representatives) {
        this.participants = participants;
        this.contacts = contacts;
        this.representatives = representatives;
    }

    @Override
    public Optional<ParticipantSummary> find(UUID participantId) {
        return inNetwork(participantId).map(p -> summary(p, contacts.findByParticipantId(p.getId()).orElse(null)));
    }

    @Override
    public Page<ParticipantSummary> search(String namePrefix, Pageable page) {
        Pageable sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("searchName", "id"));
        Page<Participant> found = participants.findBySearchNameStartingWithAndStatusIn(
                Participant.searchForm(namePrefix), LISTED, sorted);
        Map<UUID, Contact> byParticipant = contacts.findByParticipantIdIn(found.map(Participant::getId).getContent())
                .stream().collect(Collectors.toMap(Contact::getParticipantId, Function.identity()));
        return found.map(p -> summary(p, byParticipant.get(p.getId())));
    }

    @Override
    public Optional<ParticipantSummary> forAccount(UUID accountId) {
        return accountId == null ? Optional.empty()
                : participants.findFirstByAccountId(accountId).flatMap(p -> find(p.getId()));
    }

    @Override
    public boolean isMember(UUID participantId) {
        return inNetwork(participantId).map(p -> p.getStatus() == ParticipantStatus.ACCEPTED).orElse(false);
    }

    @Override
    public List<ParticipantSummary> representativesOf(UUID organisationId) {
        return inNetwork(organisationId).stream()
                .flatMap(o -> representatives.findByOrganisationId(o.getId()).stream())
                .map(r -> find(r.getPersonId())).flatMap(Optional::stream).toList();
    }

    /** A participant of the current network: another network's id is not found. */
    Optional<Participant> inNetwork(UUID participantId) {
        Optional<UUID> network = TenantContext.currentNetwork();
        if (participantId == null || network.isEmpty()) {
            return Optional.empty();
        }
        return participants.findById(participantId).filter(p -> network.get().equals(p.getNetworkId()));
    }

    static ParticipantSummary summary(Participant p, Contact contact) {
        return new ParticipantSummary(p.getId(), p.getNetworkId(), p.getDisplayName(), p.isPerson(),
                contact == null ? null : contact.getEmail());
    }
}
