package org.localvoice.visits.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo Enter and View data: in trafford four representatives (two authorised, one whose training and check
 * have expired, one withdrawn), a planned visit and a visit whose report is published; in barnet one
 * authorised representative. Representatives are the network's demo participants when membership has
 * them. Visits need a category (f) decision from the governance demo data; without one, none are made. The
 * published report is signed off through the governance module, as its demo governing member. The demo host
 * manager and staff member are each network's nominated persons.
 */
@Component
@ConditionalOnProperty(name = "localvoice.demo-data", havingValue = "true")
class VisitsDemoData {

    private final Networks networks;
    private final AuthorisedRepresentativeRepository representatives;
    private final VisitRepository visits;
    private final TeamMemberRepository team;
    private final ObservationRepository observations;
    private final ParticipantPicker participants;
    private final EnterAndViewDecisions decisions;
    private final Directory directory;
    private final Today today;
    private final TransactionTemplate tx;
    private final NominatedPersons nominated;
    private final org.localvoice.access.Accounts accounts;
    private final GoverningBodySignOff signOff;
    private final org.localvoice.calendar.StatutoryClock clock;
    private final VisitLetterRepository letters;

    VisitsDemoData(Networks networks, AuthorisedRepresentativeRepository representatives, VisitRepository visits, TeamMemberRepository team,
            ObservationRepository observations, ParticipantPicker participants, EnterAndViewDecisions decisions, Directory directory,
            Today today, TransactionTemplate tx, NominatedPersons nominated, org.localvoice.access.Accounts accounts,
            GoverningBodySignOff signOff, org.localvoice.calendar.StatutoryClock clock, VisitLetterRepository letters) {
        this.clock = clock;
        this.letters = letters;
        this.nominated = nominated;
        this.accounts = accounts;
        this.signOff = signOff;
        this.networks = networks;
        this.representatives = representatives;
        this.visits = visits;
        this.team = team;
        this.observations = observations;
        this.participants = participants;
        this.decisions = decisions;
        this.directory = directory;
        this.today = today;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    void load() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-data",
                null, List.of(new SimpleGrantedAuthority("ROLE_HOST_MANAGER"))));
        try {
            networks.findBySlug("trafford").ifPresent(n -> TenantContext.runAs(n.id(), () -> tx.execute(s -> {
                nominees(n);
                return trafford(n);
            })));
            networks.findBySlug("barnet").ifPresent(n -> TenantContext.runAs(n.id(), () -> tx.execute(s -> {
                nominees(n);
                return barnet(n);
            })));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** The demo host manager and host staff member are the network's nominated persons. */
    private void nominees(NetworkSummary network) {
        List<NominatedPerson> people = new ArrayList<>();
        for (String who : List.of("manager@", "staff@")) {
            accounts.detailsByEmail(network.id(), who + network.slug() + ".example").ifPresent(a -> people.add(
                    new NominatedPerson(a.id(), null, a.displayName(), a.email(), today.date().minusYears(1), "Host manager")));
        }
        nominated.seed(people);
    }

    private Void trafford(NetworkSummary network) {
        if (representatives.count() > 0) {
            return null;
        }
        LocalDate d = today.date();
        List<ParticipantPicker.Person> people = people(List.of("Rana Representative", "Owen Observer", "Esther Expired", "Walter Withdrawn"),
                "representative@" + "trafford.example");
        AuthorisedRepresentative rana = authorised(people.get(0), d.minusMonths(8), "ABCD-2345");
        AuthorisedRepresentative owen = authorised(people.get(1), d.minusMonths(5), "EFGH-3456");
        AuthorisedRepresentative esther = authorised(people.get(2), d.minusYears(4), "JKMN-4567");
        AuthorisedRepresentative walter = authorised(people.get(3), d.minusMonths(10), "PQRS-5678");
        walter.withdraw(d.minusMonths(1), "Stepped down from visiting");
        List.of(rana, owen, esther, walter).forEach(representatives::save);
        List<EnterAndViewDecisions.Decision> choices = decisions.choices();
        Optional<PremisesSummary> home = careHome(network);
        if (choices.isEmpty() || home.isEmpty()) {
            return null;
        }
        EnterAndViewDecisions.Decision decision = choices.get(0);
        Visit planned = visit(home.get(), decision, d.plusDays(14), true, "Mealtimes and how residents are helped to eat and drink.");
        planned.noticeSent(d.minusDays(3));
        visits.save(planned);
        List.of(rana, owen).forEach(r -> team.save(new TeamMember(planned.getId(), r.getId())));

        Visit done = visit(home.get(), decision, d.minusMonths(2), false, "Activities and how residents spend their day.");
        done.getReport().draft("The team visited on a weekday morning and found a calm, friendly home.",
                "Residents told us they enjoy the garden and the weekly music session.\n\n"
                        + "The lounge was warm and clean. Two residents said the afternoons can be long with little to do.",
                "Offer an afternoon activity on weekdays as well as mornings.\nAsk residents each month which activities they want.");
        LocalDate draftSent = d.minusMonths(2).plusDays(7);
        org.localvoice.calendar.Deadline due = clock.due(network.id(), org.localvoice.calendar.Duty.VISIT_REPORT_PROVIDER_COMMENTS, draftSent);
        done.getReport().sent(draftSent, due, "");
        done.getReport().comments("The activities timetable changed last month; afternoon sessions now run on Tuesdays.",
                d.minusMonths(1).minusDays(10));
        signOff.request(done.getId(), done.getPremisesName() + " " + done.getVisitOn(), "/manage/visits/" + done.getId() + "/report");
        String governing = accounts.detailsByEmail(network.id(), "governing@" + network.slug() + ".example")
                .map(org.localvoice.access.Accounts.AccountDetails::displayName).orElse("Chair of the governing body");
        GoverningBodySignOff.Signed signed = signOff.record(done.getId(), "Version 1", d.minusMonths(1), governing, "GB-" + d.minusMonths(1).getYear() + "-07");
        done.getReport().signedOff(signed.on(), signed.id());
        done.getReport().published(d.minusMonths(1).plusDays(2));
        visits.save(done);
        letters.save(new VisitLetter(done.getId(), VisitLetter.Kind.DRAFT_REPORT, VisitLetter.Channel.POST, null, draftSent,
                "Host staff", due.due()));
        team.save(new TeamMember(done.getId(), rana.getId()));
        Observation o = new Observation(done.getId(), rana.getId());
        o.record(new ObservationDetails(EntryOutcome.GRANTED, null, null,
                "Residents told us they enjoy the garden and the weekly music session.", 6, 2, 1, "the activities coordinator"));
        o.submit(Instant.now());
        observations.save(o);
        return null;
    }

    private Void barnet(NetworkSummary network) {
        if (representatives.count() > 0) {
            return null;
        }
        List<ParticipantPicker.Person> people = people(List.of("Bina Visitor"), "representative@" + "barnet.example");
        representatives.save(authorised(people.get(0), today.date().minusMonths(3), "TUVW-6789"));
        return null;
    }

    private AuthorisedRepresentative authorised(ParticipantPicker.Person p, LocalDate on, String code) {
        AuthorisedRepresentative r = new AuthorisedRepresentative(p.id(), p.name(), p.email());
        r.record("Enter and View: the LINk course", on, null, CheckType.ENHANCED, on, "0012" + Math.abs(p.id().hashCode() % 100000000));
        r.consider(null, "Host manager (nominated person)", on.plusDays(3), true, null);
        r.issue(on.plusDays(5), code);
        r.refreshValidTo(Renewals.DEFAULT);
        return r;
    }

    /**
     * The network's demo participants: first the one with the representative account's address (so that
     * account reaches its visits), then others; stand-ins with these names where membership has none.
     */
    private List<ParticipantPicker.Person> people(List<String> names, String accountEmail) {
        List<ParticipantPicker.Person> found = participants.search("", 50);
        List<ParticipantPicker.Person> people = new ArrayList<>();
        people.add(found.stream().filter(p -> accountEmail.equalsIgnoreCase(p.email())).findFirst()
                .orElseGet(() -> new ParticipantPicker.Person(UUID.randomUUID(), names.get(0), accountEmail)));
        List<ParticipantPicker.Person> others = found.stream().filter(p -> !p.id().equals(people.get(0).id())).toList();
        for (int i = 1; i < names.size(); i++) {
            people.add(i - 1 < others.size() ? others.get(i - 1) : new ParticipantPicker.Person(UUID.randomUUID(), names.get(i), null));
        }
        return people;
    }

    private Optional<PremisesSummary> careHome(NetworkSummary network) {
        return directory.search(new DirectorySearch(null, null, org.localvoice.directory.ServiceType.RESIDENTIAL_HOME,
                network.localAuthorityCode(), null), PageRequest.of(0, 1)).stream().findFirst()
                .or(() -> directory.search(new DirectorySearch(null, null, null, network.localAuthorityCode(), null), PageRequest.of(0, 1))
                        .stream().findFirst());
    }

    private Visit visit(PremisesSummary p, EnterAndViewDecisions.Decision decision, LocalDate on, boolean announced, String purpose) {
        return new Visit(new VisitPlan(p.id(), p.name(), p.address() + ", " + p.postcode(), p.controllerId(), p.controllerName(), decision.id(),
                decision.summary(), on, "10am to 12 noon", purpose, announced,
                List.of(ViewArea.ENTRANCE_AND_RECEPTION, ViewArea.COMMUNAL_LOUNGES, ViewArea.DINING_AREAS, ViewArea.GARDENS_AND_GROUNDS),
                null, "We knock and wait, never enter while personal care is given, and speak to residents only if they agree.", true));
    }
}
