package org.localvoice.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.Accounts;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.membership.OrganisationKind;
import org.localvoice.membership.ParticipantKind;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo participants: about twenty in Trafford (people and organisations, some organisations with
 * representatives, varied preferences, two applications waiting) and a few in Barnet; the demo accounts
 * {@code participant@…} and {@code representative@…} are linked to participant records. Does nothing
 * when a network already has participants.
 */
@Component
@ConditionalOnProperty(name = "localvoice.demo-data", havingValue = "true")
class MembershipDemoData {

    private static final String CONSENT = "I agree to the network keeping my details to run my membership.";

    private final Networks networks;
    private final Accounts accounts;
    private final Memberships memberships;
    private final ParticipantRecords records;
    private final ParticipantRepository participants;
    private final EqualityMonitoring equality;
    private final DataProtection protection;

    MembershipDemoData(Networks networks, Accounts accounts, Memberships memberships, ParticipantRecords records,
            ParticipantRepository participants, EqualityMonitoring equality, DataProtection protection) {
        this.protection = protection;
        this.networks = networks;
        this.accounts = accounts;
        this.memberships = memberships;
        this.records = records;
        this.participants = participants;
        this.equality = equality;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void load() {
        networks.findBySlug("trafford").ifPresent(n -> loadInto(n, true));
        networks.findBySlug("barnet").ifPresent(n -> loadInto(n, false));
    }

    private void loadInto(NetworkSummary network, boolean full) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        AccountPrincipal loader = new AccountPrincipal(new CurrentUser(null, network.id(), "demo-loader", "Demo loader",
                Set.of(Role.HOST_MANAGER)), "", true, false);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(loader, null, loader.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            TenantContext.runAs(network.id(), () -> {
                if (participants.count() == 0) {
                    Map<String, UUID> accountIds = accountIds(network);
                    String domain = network.slug() + ".example";
                    if (full) {
                        trafford(accountIds.get("participant@" + domain), accountIds.get("representative@" + domain));
                    } else {
                        barnet(accountIds.get("participant@" + domain), accountIds.get("representative@" + domain));
                    }
                }
                return null;
            });
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Map<String, UUID> accountIds(NetworkSummary network) {
        return accounts.inNetwork(network.id(), PageRequest.of(0, 100)).stream()
                .collect(java.util.stream.Collectors.toMap(Accounts.AccountDetails::email, Accounts.AccountDetails::id, (a, b) -> a));
    }

    private void trafford(UUID participantAccount, UUID representativeAccount) {
        Participant pat = person("Pat Participant", "participant@trafford.example", "mental health, gp surgeries", participantAccount,
                JoinedVia.ONLINE, ContactDetails.emailOnly("participant@trafford.example"));
        Participant rana = person("Rana Representative", "representative@trafford.example", "care homes, hospital discharge",
                representativeAccount, JoinedVia.STAFF, new ContactDetails("representative@trafford.example", "0161 496 0101",
                        null, null, true, false, true, false, false, false, false, true, "Urdu", "Weekday mornings"));
        Participant ann = person("Ann Ashworth", null, "care homes, dementia", null, JoinedVia.STAFF, new ContactDetails(null,
                "0161 496 0102", "12 Moss Lane, Sale", "M33 5AB", false, true, true, true, false, false, false, false, null,
                "Tuesday and Thursday afternoons"));
        person("Bilal Hussain", "bilal@example.org", "mental health, young people", null, JoinedVia.ONLINE,
                new ContactDetails("bilal@example.org", null, null, null, true, false, false, false, false, false, false, true,
                        "Punjabi", "Evenings"));
        person("Carol Dunne", "carol@example.org", "pharmacies", null, JoinedVia.ONLINE,
                new ContactDetails("carol@example.org", null, null, null, true, false, false, false, true, false, false, false,
                        null, null));
        person("David Okafor", "david@example.org", "hospital services, a and e", null, JoinedVia.STAFF,
                ContactDetails.emailOnly("david@example.org"));
        Participant eve = person("Eve Braithwaite", null, "sight loss, gp surgeries", null, JoinedVia.STAFF, new ContactDetails(null,
                "0161 496 0103", "3 Church Road, Urmston", "M41 9EJ", false, true, true, false, false, true, true, false, null, null));
        person("Farah Begum", "farah@example.org", "maternity, health visiting", null, JoinedVia.ONLINE,
                ContactDetails.emailOnly("farah@example.org"));
        person("George Partington", "george@example.org", "dentists", null, JoinedVia.ONLINE,
                ContactDetails.emailOnly("george@example.org"));
        person("Hannah Liu", "hannah@example.org", "learning disability, easy read", null, JoinedVia.STAFF,
                new ContactDetails("hannah@example.org", null, null, null, true, false, false, false, true, false, false, false,
                        null, "Weekends"));
        person("Ian McBride", "ian@example.org", "home care", null, JoinedVia.ONLINE, ContactDetails.emailOnly("ian@example.org"));
        person("Jo Whittaker", "jo@example.org", "carers", null, JoinedVia.ONLINE, ContactDetails.emailOnly("jo@example.org"));
        person("Kamal Singh", "kamal@example.org", "diabetes, gp surgeries", null, JoinedVia.STAFF,
                ContactDetails.emailOnly("kamal@example.org"));

        Participant deaf = organisation("Trafford Deaf Forum", OrganisationKind.USER_LED_GROUP, "deaf@example.org",
                "audiology, bsl access");
        Participant carers = organisation("Sale Carers Together", OrganisationKind.CHARITY, "carers@example.org", "carers, respite");
        Participant mosque = organisation("Old Trafford Community Mosque", OrganisationKind.FAITH_GROUP, "mosque@example.org",
                "mental health, older people");
        organisation("Partington Tenants' Association", OrganisationKind.TENANTS_GROUP, "pta@example.org", "gp surgeries");
        organisation("Trafford Youth Cabinet", OrganisationKind.YOUTH_COUNCIL, "youth@example.org", "young people, mental health");
        organisation("Stretford African Caribbean Network", OrganisationKind.BME_ORGANISATION, "sacn@example.org",
                "sickle cell, mental health");
        records.nameRepresentative(deaf.getId(), eve.getId());
        records.nameRepresentative(carers.getId(), rana.getId());
        records.nameRepresentative(carers.getId(), ann.getId());
        records.nameRepresentative(mosque.getId(), rana.getId());
        records.addRole(rana.getId(), "Authorised representative (Enter and View)", LocalDate.of(2026, 4, 1), null);
        records.addRole(ann.getId(), "Steering group member", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));
        records.addRole(pat.getId(), "Survey volunteer", LocalDate.of(2026, 6, 1), null);

        memberships.join(new NewParticipant(ParticipantKind.PERSON, null, "Lena Novak", ContactDetails.emailOnly("lena@example.org"),
                List.of("care homes"), Map.of(Consent.Purpose.MEMBERSHIP, CONSENT)), JoinedVia.ONLINE, null);
        memberships.join(new NewParticipant(ParticipantKind.ORGANISATION, OrganisationKind.BUSINESS_FEDERATION,
                "Altrincham Traders' Federation", ContactDetails.emailOnly("traders@example.org"), List.of("pharmacies"),
                Map.of(Consent.Purpose.MEMBERSHIP, CONSENT)), JoinedVia.ONLINE, null);
        equality.loadDemoAnswers();
        protection.open(ann.getId(), DataRequest.Kind.ACCESS, LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(10),
                "asked by letter for a copy of her details");
    }

    private void barnet(UUID participantAccount, UUID representativeAccount) {
        person("Pat Participant", "participant@barnet.example", "mental health", participantAccount, JoinedVia.ONLINE,
                ContactDetails.emailOnly("participant@barnet.example"));
        Participant rana = person("Rana Representative", "representative@barnet.example", "care homes", representativeAccount,
                JoinedVia.STAFF, ContactDetails.emailOnly("representative@barnet.example"));
        person("Moshe Cohen", "moshe@example.org", "gp surgeries", null, JoinedVia.STAFF, ContactDetails.emailOnly("moshe@example.org"));
        Participant org = organisation("Barnet Carers Centre", OrganisationKind.CHARITY, "bcc@example.org", "carers");
        records.nameRepresentative(org.getId(), rana.getId());
    }

    private Participant person(String name, String email, String interests, UUID account, JoinedVia via, ContactDetails contact) {
        Participant p = memberships.join(new NewParticipant(ParticipantKind.PERSON, null, name, contact, Interests.parse(interests),
                Map.of(Consent.Purpose.MEMBERSHIP, CONSENT)), via, account);
        if (p.getStatus() == ParticipantStatus.APPLIED) {
            memberships.decide(p.getId(), participants.findById(p.getId()).orElseThrow().getVersion(), true, null);
        }
        return p;
    }

    private Participant organisation(String name, OrganisationKind kind, String email, String interests) {
        return memberships.join(new NewParticipant(ParticipantKind.ORGANISATION, kind, name, ContactDetails.emailOnly(email),
                Interests.parse(interests), Map.of(Consent.Purpose.MEMBERSHIP, CONSENT)), JoinedVia.STAFF, null);
    }
}
