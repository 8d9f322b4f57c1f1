package org.localvoice.membership.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything the membership module holds about one participant, as given to them on a subject access
 * request: their record, contact details and preferences, interests, volunteer roles, organisations
 * they represent or representatives they named, consents, membership history and data requests.
 */
public record PersonalData(UUID participantId, String network, String name, String kind, String organisationKind,
        String status, String joinedVia, Instant recordedAt, ContactDetails contact, List<String> interests,
        List<Role> volunteerRoles, List<String> represents, List<String> representatives, List<ConsentRecord> consents,
        List<Step> membershipHistory, List<Request> dataRequests) {

    public record Role(String role, LocalDate from, LocalDate to) {
    }

    public record ConsentRecord(String purpose, boolean given, String wording, Instant recordedAt) {
    }

    public record Step(String outcome, String reason, boolean automatic, Instant at) {
    }

    public record Request(String kind, String status, LocalDate receivedOn, LocalDate dueOn) {
    }
}
