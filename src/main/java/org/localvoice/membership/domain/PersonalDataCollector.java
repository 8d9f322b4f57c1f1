package org.localvoice.membership.domain;

import java.util.List;
import org.springframework.stereotype.Component;

/** Gathers one participant's personal data from every membership table. */
@Component
class PersonalDataCollector {

    private final Memberships memberships;
    private final ParticipantRecords records;
    private final DataRequestRepository requests;
    private final org.localvoice.tenancy.Networks networks;

    PersonalDataCollector(Memberships memberships, ParticipantRecords records, DataRequestRepository requests,
            org.localvoice.tenancy.Networks networks) {
        this.memberships = memberships;
        this.records = records;
        this.requests = requests;
        this.networks = networks;
    }

    PersonalData collect(Participant p) {
        return new PersonalData(p.getId(), networks.findById(p.getNetworkId()).map(n -> n.name()).orElse(null),
                p.getDisplayName(), p.getKind().name(), p.getOrganisationKind() == null ? null : p.getOrganisationKind().name(),
                p.getStatus().name(), p.getJoinedVia().name(), p.getCreatedAt(), memberships.contact(p.getId()).orElse(null),
                memberships.interests(p.getId()),
                records.rolesOf(p.getId()).stream().map(r -> new PersonalData.Role(r.getRole(), r.getFromDate(), r.getToDate())).toList(),
                names(records.organisationsRepresentedBy(p.getId())), names(records.representativesOf(p.getId())),
                records.consentsOf(p.getId()).stream().map(c -> new PersonalData.ConsentRecord(c.getPurpose().name(), c.isGiven(),
                        c.getWording(), c.getRecordedAt())).toList(),
                memberships.history(p.getId()).stream().map(d -> new PersonalData.Step(d.getOutcome().name(), d.getReason(),
                        d.isAutomatic(), d.getDecidedAt())).toList(),
                requests.findByParticipantIdOrderByReceivedOnDesc(p.getId()).stream().map(r -> new PersonalData.Request(
                        r.getKind().name(), r.getStatus().name(), r.getReceivedOn(), r.getDueOn())).toList());
    }

    private static List<String> names(List<ParticipantRecords.Named> named) {
        return named.stream().map(n -> n.participant().getDisplayName()).toList();
    }
}
